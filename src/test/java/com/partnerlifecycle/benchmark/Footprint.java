package com.partnerlifecycle.benchmark;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 8.5: a node's heap after a full GC, read with the JDK's jcmd (GC.run, then
 * GC.heap_info).
 */
final class Footprint {

	private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");

	private Footprint() {
	}

	static double heapAfterFullGcMb(long pid) throws Exception {
		jcmd(pid, "GC.run");
		String info = jcmd(pid, "GC.heap_info");
		Matcher used = USED.matcher(info);
		if (!used.find()) {
			throw new IllegalStateException("Unexpected GC.heap_info: " + info);
		}
		return Long.parseLong(used.group(1)) / 1024.0;
	}

	private static String jcmd(long pid, String command) throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				Long.toString(pid), command)
			.redirectErrorStream(true)
			.start();
		String out = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IllegalStateException("jcmd " + command + " failed: " + out);
		}
		return out;
	}

}
