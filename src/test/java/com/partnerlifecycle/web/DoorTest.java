package com.partnerlifecycle.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.demo.ProcessDriver;

/**
 * What the tests through the engine doors share (each still carries {@link WebAppTest}):
 * the running server, the doors to call it by, partners walked through the lifecycle, and
 * the engine's clock set back after each test.
 */
abstract class DoorTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessDriver driver;

	EngineDoors doors;

	Lifecycles lifecycles;

	@BeforeEach
	void openDoors() {
		doors = new EngineDoors(port);
		lifecycles = new Lifecycles(context);
	}

	@AfterEach
	void resetClock() {
		driver.resetClock();
	}

}
