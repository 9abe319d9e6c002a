package com.partnerlifecycle.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ under stable resource names
 * ("processes/pilot-project.bpmn"), whether the app runs from classes or from the jar, so
 * an unchanged model never becomes a new version. Processes and forms go in one
 * deployment: {@code camunda:formRefBinding="deployment"} finds the form of the same
 * release. Runs before the demo data and before the job executor starts (on
 * ApplicationReadyEvent).
 */
@Component
@Order(1)
class ProcessDeployment implements ApplicationRunner {

	static final String DEPLOYMENT_NAME = "partnership-lifecycle";

	private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);

	private static final String[] FOLDERS = { "processes", "forms" };

	private final RepositoryService repositoryService;

	ProcessDeployment(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		DeploymentBuilder deployment = repositoryService.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source(DEPLOYMENT_NAME)
			.enableDuplicateFiltering(false);
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		int count = 0;
		for (String folder : FOLDERS) {
			for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*.*")) {
				String name = stableName(folder, resource);
				if (name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form")) {
					try (var in = resource.getInputStream()) {
						deployment.addInputStream(name, new ByteArrayInputStream(in.readAllBytes()));
					}
					count++;
				}
			}
		}
		var result = deployment.deployWithResult();
		log.info("{} process and form resources checked; {} definitions deployed as new versions", count,
				result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size());
	}

	private static String stableName(String folder, Resource resource) {
		try {
			String url = resource.getURL().toString();
			int at = url.lastIndexOf("/" + folder + "/");
			return url.substring(at + 1);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
