package com.partnerlifecycle;

import java.net.Socket;
import java.net.SocketException;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail whose SMTP replies leave at once, as a production mail server's do. GreenMail
 * writes a multi-line reply (its EHLO answer) one line per TCP segment; with Nagle's
 * algorithm on, the second line waits for the client's delayed acknowledgement: 40 ms per
 * connection on Linux, which made GreenMail, not the application, the limit of every
 * burst of reminders (seen with the benchmark harness: four job threads waiting in EHLO).
 * TCP_NODELAY on its sockets removes that wait; everything else is GreenMail's own.
 */
public class PromptGreenMail extends GreenMail {

	public PromptGreenMail(ServerSetup setup) {
		super(setup);
	}

	@Override
	protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
		Map<String, AbstractServer> services = super.createServices(config, managers);
		for (ServerSetup setup : config) {
			if (ServerSetup.PROTOCOL_SMTP.equals(setup.getProtocol())) {
				services.put(setup.getProtocol(), new PromptSmtpServer(setup, managers));
			}
		}
		return services;
	}

	static final class PromptSmtpServer extends SmtpServer {

		PromptSmtpServer(ServerSetup setup, Managers managers) {
			super(setup, managers);
		}

		@Override
		protected ProtocolHandler createProtocolHandler(Socket client) {
			try {
				client.setTcpNoDelay(true);
			}
			catch (SocketException closed) {
				// the client has gone already: its handler will find out
			}
			return super.createProtocolHandler(client);
		}

	}

}
