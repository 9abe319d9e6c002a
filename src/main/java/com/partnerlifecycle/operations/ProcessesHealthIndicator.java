package com.partnerlifecycle.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code processes}: UP when every executable process of this build
 * ({@code processes/*.bpmn} on the classpath, what {@code config.ProcessDeployment}
 * deploys) has a definition in the engine, and the deployments of their newest versions
 * hold every form of {@code forms/} (a process finds its forms in its own deployment).
 * DOWN with what is missing otherwise, e.g. on a new database before the deployment has
 * run.
 */
@Component
class ProcessesHealthIndicator implements HealthIndicator {

	private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	private final RepositoryService repositoryService;

	private final Set<String> processKeys;

	private final Set<String> forms;

	ProcessesHealthIndicator(RepositoryService repositoryService) throws IOException {
		this.repositoryService = repositoryService;
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Set<String> keys = new TreeSet<>();
		for (Resource resource : resolver.getResources("classpath*:processes/**/*.bpmn")) {
			keys.addAll(executableProcesses(resource));
		}
		Set<String> formNames = new TreeSet<>();
		for (Resource resource : resolver.getResources("classpath*:forms/**/*.form")) {
			String url = resource.getURL().toString();
			formNames.add(url.substring(url.lastIndexOf("/forms/") + 1)); // the stable
																			// name
																			// ProcessDeployment
																			// gives it
		}
		this.processKeys = Set.copyOf(keys);
		this.forms = Set.copyOf(formNames);
	}

	@Override
	public Health health() {
		List<ProcessDefinition> latest = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKeyIn(processKeys.toArray(String[]::new))
			.latestVersion()
			.list();
		Set<String> missingProcesses = new TreeSet<>(processKeys);
		Set<String> deployments = new HashSet<>();
		for (ProcessDefinition definition : latest) {
			missingProcesses.remove(definition.getKey());
			deployments.add(definition.getDeploymentId());
		}
		Set<String> missingForms = new TreeSet<>(forms);
		for (String deployment : deployments) {
			missingForms.removeAll(repositoryService.getDeploymentResourceNames(deployment));
		}
		Health.Builder health = missingProcesses.isEmpty() && missingForms.isEmpty() ? Health.up() : Health.down();
		health.withDetail("processes", processKeys.size()).withDetail("forms", forms.size());
		if (!missingProcesses.isEmpty()) {
			health.withDetail("missingProcesses", new ArrayList<>(missingProcesses));
		}
		if (!missingForms.isEmpty()) {
			health.withDetail("missingForms", new ArrayList<>(missingForms));
		}
		return health.build();
	}

	/** The ids of the executable processes in one BPMN file. */
	static List<String> executableProcesses(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			NodeList processes = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(BPMN, "process");
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < processes.getLength(); i++) {
				Element process = (Element) processes.item(i);
				if ("true".equals(process.getAttribute("isExecutable"))) {
					ids.add(process.getAttribute("id"));
				}
			}
			return ids;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot read " + resource, e);
		}
	}

}
