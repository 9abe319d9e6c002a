package com.partnerlifecycle.common.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerlifecycle.LifecycleTest;

/**
 * Every user task's form and its contract name the same fields: what a person can enter
 * in the .form is exactly what the record takes (top-level fields that are not disabled;
 * a dynamic list as a list of rows, each row with every keyed field of the list). A field
 * renamed on one side only fails here, not in a user's Tasklist.
 */
@LifecycleTest
class FormContractsTest {

	private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

	@Autowired
	FormContracts contracts;

	@Test
	void shouldBindEveryUserTasksFormToAContractWithExactlyTheFormsFields() throws Exception {
		Map<String, String> formOfTask = userTaskForms();
		assertThat(formOfTask).isNotEmpty();
		Map<String, Object> mismatches = new TreeMap<>();
		for (Map.Entry<String, String> task : formOfTask.entrySet()) {
			String formKey = task.getValue();
			Class<? extends Record> contract = contracts.contracts().get(formKey);
			if (contract == null) {
				mismatches.put(task.getKey(), "form " + formKey + " has no contract");
				continue;
			}
			Map<String, Object> formFields = fields(
					new ObjectMapper().readTree(new File("forms/" + formKey + ".form")).get("components"), true);
			Map<String, Object> contractFields = fields(contract);
			if (!formFields.equals(contractFields)) {
				mismatches.put(task.getKey(), "forms/" + formKey + ".form has " + formFields + " but "
						+ contract.getSimpleName() + " has " + contractFields);
			}
		}
		assertThat(mismatches).as("user tasks whose form and contract differ").isEmpty();
	}

	/**
	 * userTask id (in its process file) to its camunda:formRef, for every BPMN file the
	 * product deploys.
	 */
	private static Map<String, String> userTaskForms() throws Exception {
		Map<String, String> forms = new TreeMap<>();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		for (File bpmn : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
			Document document = factory.newDocumentBuilder().parse(bpmn);
			NodeList tasks = document.getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "userTask");
			for (int i = 0; i < tasks.getLength(); i++) {
				Element task = (Element) tasks.item(i);
				forms.put(bpmn.getName() + "#" + task.getAttribute("id"), task.getAttributeNS(CAMUNDA, "formRef"));
			}
		}
		return forms;
	}

	/**
	 * A form's input fields: name to "value", or for a dynamic list to the fields of its
	 * rows.
	 */
	private static Map<String, Object> fields(JsonNode components, boolean topLevel) {
		Map<String, Object> fields = new TreeMap<>();
		for (JsonNode component : components) {
			String type = component.path("type").asText();
			if ("dynamiclist".equals(type)) {
				fields.put(component.path("path").asText(), fields(component.get("components"), false));
			}
			else if (component.has("components")) {
				fields.putAll(fields(component.get("components"), topLevel)); // a group
																				// without
																				// a path
			}
			else if (component.hasNonNull("key") && !(topLevel && component.path("disabled").asBoolean(false))) {
				fields.put(component.get("key").asText(), "value");
			}
		}
		return fields;
	}

	/**
	 * The same shape read from a contract: record components, a list of records as its
	 * rows' fields.
	 */
	private static Map<String, Object> fields(Class<?> record) {
		Map<String, Object> fields = new TreeMap<>();
		for (RecordComponent component : record.getRecordComponents()) {
			Class<?> row = rowType(component.getGenericType());
			fields.put(component.getName(), row != null ? fields(row) : "value");
		}
		return fields;
	}

	private static Class<?> rowType(Type type) {
		if (type instanceof ParameterizedType list && list.getRawType() == List.class
				&& list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
			return element;
		}
		return null;
	}

	@Test
	void shouldHaveAContractForEveryFormInTheFormsFolder() {
		assertThat(new TreeSet<>(contracts.contracts().keySet())).containsAll(formKeysInFolder());
	}

	private static List<String> formKeysInFolder() {
		List<String> keys = new ArrayList<>();
		for (File form : new File("forms").listFiles((dir, name) -> name.endsWith(".form"))) {
			keys.add(form.getName().replace(".form", ""));
		}
		return keys;
	}

}
