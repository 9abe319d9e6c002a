package com.partnerlifecycle.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Issue 25.2: the SQL statements the in-process application sends, counted per statement
 * text (a statement prepared is one sent: the engine and Hibernate prepare each time).
 * The harness reads the counts before and after a step to say what each step costs the
 * database, for the product and for its twin.
 */
final class StatementCounter implements BeanPostProcessor {

	private final AtomicLong total = new AtomicLong();

	private final Map<String, AtomicLong> bySql = new ConcurrentHashMap<>();

	/**
	 * Off outside the profile: connections are then handed out unwrapped, so the other
	 * figures carry no cost of counting.
	 */
	private volatile boolean counting;

	void counting(boolean counting) {
		this.counting = counting;
	}

	long total() {
		return total.get();
	}

	/** A copy of the counts per statement text so far. */
	Map<String, Long> snapshot() {
		Map<String, Long> copy = new java.util.TreeMap<>();
		bySql.forEach((sql, count) -> copy.put(sql, count.get()));
		return copy;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
			return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
					forward(dataSource, (method, args, result) -> counting && method.getName().equals("getConnection")
							? connection((Connection) result) : result));
		}
		return bean;
	}

	private Connection connection(Connection connection) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				forward(connection, (method, args, result) -> {
					String name = method.getName();
					if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null
							&& args[0] instanceof String sql) {
						total.incrementAndGet();
						bySql.computeIfAbsent(sql.replaceAll("\\s+", " ").strip(), s -> new AtomicLong())
							.incrementAndGet();
					}
					return result;
				}));
	}

	private interface After {

		Object apply(java.lang.reflect.Method method, Object[] args, Object result) throws Exception;

	}

	private static InvocationHandler forward(Object target, After after) {
		return (proxy, method, args) -> {
			if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> type
					&& type.isInstance(target)) {
				return target;
			}
			try {
				return after.apply(method, args, method.invoke(target, args));
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
		};
	}

}
