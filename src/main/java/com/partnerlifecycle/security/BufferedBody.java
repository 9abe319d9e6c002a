package com.partnerlifecycle.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body a filter has read, to be read again from memory by what comes
 * after it.
 */
final class BufferedBody extends HttpServletRequestWrapper {

	/**
	 * The largest body any door of the application reads: {@code /api},
	 * {@code /engine-rest}, the web apps' engine API.
	 */
	static final int MAX_BODY_BYTES = 256 * 1024;

	private final byte[] body;

	BufferedBody(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream in = new ByteArrayInputStream(body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return in.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("the body is already read");
			}

		};
	}

	@Override
	public BufferedReader getReader() {
		String encoding = getCharacterEncoding();
		Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

	@Override
	public int getContentLength() {
		return body.length;
	}

	@Override
	public long getContentLengthLong() {
		return body.length;
	}

	/**
	 * The whole stream, or null if it holds more than {@code limit} bytes (then at most
	 * limit + 1 are read).
	 */
	static byte[] readAtMost(InputStream in, int limit) throws IOException {
		CountingStream counted = new CountingStream(in, limit);
		try {
			return counted.readAllBytes();
		}
		catch (TooLarge tooLarge) {
			return null;
		}
	}

	/** Thrown by {@link CountingStream} past its limit. */
	static final class TooLarge extends IOException {

		TooLarge(int limit) {
			super("more than " + limit + " bytes");
		}

	}

	/** Counts what is read through it and refuses to read past the limit. */
	static final class CountingStream extends InputStream {

		private final InputStream in;

		private final int limit;

		private long count;

		CountingStream(InputStream in, int limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			// never ask for more than one byte past the limit
			int n = in.read(buffer, offset, (int) Math.min(length, limit + 1 - count));
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) throws TooLarge {
			count += n;
			if (count > limit) {
				throw new TooLarge(limit);
			}
		}

	}

}
