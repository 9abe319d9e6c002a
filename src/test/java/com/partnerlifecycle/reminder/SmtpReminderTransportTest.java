package com.partnerlifecycle.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP transport against a real SMTP server (GreenMail) behind a loopback relay that
 * counts the connections made to it: a batch's mails share one connection, opened only
 * when there is something to send.
 */
class SmtpReminderTransportTest {

	GreenMail smtp;

	Relay relay;

	SmtpReminderTransport transport;

	@BeforeEach
	void start() throws IOException {
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		relay = new Relay(port);
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(relay.port());
		transport = new SmtpReminderTransport(sender, "partnerships@buyer.example", "node-1");
	}

	@AfterEach
	void stop() throws IOException {
		relay.close();
		smtp.stop();
	}

	@Test
	void shouldSendTheMailsOfABatchOverOneConnection() {
		try (ReminderTransport.Delivery delivery = transport.open()) {
			delivery.send(mail("a", "erik@buyer.example"));
			delivery.send(mail("b", "pat@provider.example"));
			delivery.send(mail("c", "sofia@buyer.example"));
		}

		assertThat(smtp.getReceivedMessages()).hasSize(3);
		assertThat(relay.connections()).isEqualTo(1);
	}

	@Test
	void shouldOpenAConnectionPerBatchAndNoneForABatchWithNothingToSend() {
		try (ReminderTransport.Delivery nothing = transport.open()) {
			// every mail of this batch was sent by an earlier attempt
		}
		try (ReminderTransport.Delivery first = transport.open()) {
			first.send(mail("a", "erik@buyer.example"));
		}
		try (ReminderTransport.Delivery second = transport.open()) {
			second.send(mail("b", "erik@buyer.example"));
		}

		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(relay.connections()).isEqualTo(2);
	}

	@Test
	void shouldRefuseAMailWhenTheServerIsGoneAndSendOnANewConnectionOnceItIsBack() {
		try (ReminderTransport.Delivery delivery = transport.open()) {
			delivery.send(mail("a", "erik@buyer.example"));
			smtp.stop();
			assertThatThrownBy(() -> delivery.send(mail("b", "erik@buyer.example")))
				.isInstanceOf(MailSendException.class)
				.hasMessageContaining("review.s0.b");
		}
		smtp.start();
		try (ReminderTransport.Delivery retry = transport.open()) {
			retry.send(mail("b", "erik@buyer.example"));
		}

		assertThat(smtp.getReceivedMessages()).extracting(m -> m.getHeader("Message-ID")[0])
			.containsExactly("<review.s0.b@partnership-lifecycle>");
		assertThat(relay.connections()).isEqualTo(2);
	}

	private static OutgoingMail mail(String key, String to) {
		return new OutgoingMail("review.s0." + key, to, "Recipient", "Business review", "Text", "<p>Text</p>", null,
				null);
	}

	/** Forwards loopback connections to the SMTP server and counts them. */
	static final class Relay implements AutoCloseable {

		private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());

		private final AtomicInteger connections = new AtomicInteger();

		Relay(int target) throws IOException {
			daemon(() -> {
				while (!server.isClosed()) {
					try {
						Socket client = server.accept();
						connections.incrementAndGet();
						try {
							Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
							pipe(client.getInputStream(), upstream.getOutputStream(), upstream);
							pipe(upstream.getInputStream(), client.getOutputStream(), client);
						}
						catch (IOException serverDown) {
							client.close();
						}
					}
					catch (IOException closing) {
						// the relay is closing
					}
				}
			});
		}

		private static void pipe(InputStream in, OutputStream out, Socket closeWhenDone) {
			daemon(() -> {
				try (closeWhenDone) {
					in.transferTo(out);
				}
				catch (IOException ended) {
					// one side closed
				}
			});
		}

		private static void daemon(Runnable work) {
			Thread thread = new Thread(work, "smtp-relay");
			thread.setDaemon(true);
			thread.start();
		}

		int port() {
			return server.getLocalPort();
		}

		int connections() {
			return connections.get();
		}

		@Override
		public void close() throws IOException {
			server.close();
		}

	}

}
