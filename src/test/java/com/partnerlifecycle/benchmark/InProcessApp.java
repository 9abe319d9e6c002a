package com.partnerlifecycle.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.partnerlifecycle.PartnershipLifecycleApplication;
import com.partnerlifecycle.cluster.Node;

/**
 * The product's Spring application in the harness's JVM, as it runs in production (same
 * configuration, metrics on, mail over SMTP) but with the job executor off: the harness
 * drives lifecycles through the product's services and executes due jobs itself, and
 * bulk-loads data before a node starts on the database.
 */
final class InProcessApp implements AutoCloseable {

	/** The twin processes' only delegate: it does nothing. */
	static final JavaDelegate NO_OP = execution -> {
	};

	final ConfigurableApplicationContext context;

	/** The statements the application sends (issue 25.2). */
	final StatementCounter statements;

	private InProcessApp(ConfigurableApplicationContext context, StatementCounter statements) {
		this.context = context;
		this.statements = statements;
	}

	static InProcessApp start(Database database, int smtpPort) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", database.url());
		properties.put("spring.datasource.username", database.user());
		properties.put("spring.datasource.password", database.password());
		properties.put("camunda.bpm.job-execution.enabled", "false");
		// Tasklist's calls are replayed against its web apps' API (UserActions)
		properties.put("camunda.bpm.webapp.enabled", "true");
		properties.put("camunda.bpm.admin-user.password", Node.ADMIN_PASSWORD);
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", smtpPort);
		properties.put("partnership.node-id", "harness");
		System.getProperties()
			.stringPropertyNames()
			.stream()
			.filter(n -> n.startsWith("bench.app."))
			.forEach(n -> properties.put(n.substring("bench.app.".length()), System.getProperty(n)));
		properties.put("server.port", 0);
		properties.put("spring.main.banner-mode", "off");
		properties.put("partnership.public-base-url", "http://localhost");
		properties.put("logging.level.root", "WARN");
		properties.put("logging.level.org.camunda.bpm.engine.context", "ERROR");
		StatementCounter statements = new StatementCounter();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PartnershipLifecycleApplication.class)
			.profiles(database.profiles().split(","))
			.initializers(c -> {
				c.getBeanFactory().registerSingleton("twinNoOp", NO_OP);
				c.getBeanFactory().addBeanPostProcessor(statements);
			})
			// as command-line arguments: they take precedence over application.yml, like
			// a node's
			.run(properties.entrySet()
				.stream()
				.map(e -> "--" + e.getKey() + "=" + e.getValue())
				.toArray(String[]::new));
		return new InProcessApp(context, statements);
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	@Override
	public void close() {
		context.close();
	}

}
