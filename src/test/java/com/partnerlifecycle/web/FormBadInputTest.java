package com.partnerlifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.hibernate.validator.constraints.Range;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.repository.JpaRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.agreement.AgreementService;
import com.partnerlifecycle.common.Side;
import com.partnerlifecycle.common.form.FormContracts;
import com.partnerlifecycle.demo.FormValues;
import com.partnerlifecycle.dissolution.DissolutionProcess;
import com.partnerlifecycle.partner.LifecycleProcess;
import com.partnerlifecycle.pilot.PilotProcess;
import com.partnerlifecycle.review.ReviewProcess;
import com.partnerlifecycle.summit.Summit;
import com.partnerlifecycle.summit.SummitProcess;
import com.partnerlifecycle.summit.SummitService;
import com.partnerlifecycle.summit.SummitStatus;
import com.partnerlifecycle.termination.TerminationService;
import com.partnerlifecycle.web.EngineDoors.Door;

/**
 * Bad input to every Tasklist form, at both engine doors: {@code POST
 * /task/{id}/submit-form} with a payload that breaks the form's contract is refused with
 * a 4xx (never a 5xx, never accepted), the refusal carries its reason (naming the field
 * where there is one), and nothing changes: the task stays open with the same assignee,
 * its and its process instance's variables are the same, and so are the number of process
 * instances and of every record (each Spring Data repository's count).
 * <p>
 * Each form's task is reached once, through the real process, and worked on by a user who
 * may work on it (a candidate, who claimed it): a refusal comes from the contract, not
 * from rights. The kinds of bad payload are derived from the form's contract (the record
 * its {@code FormTaskListener} binds to: its components, their types and constraints, and
 * those of its rows) and from its {@code .form} (the read-only fields it shows), each one
 * change to the valid submission of {@link FormValues}; after all of them, that valid
 * submission is accepted (the control: the task reached is the real one, and the refusals
 * are not due to something else). A bad payload that is accepted completes the task (and
 * fails its case): the next case reaches another one.
 * <p>
 * Known to fail, at both doors unless said (the engine doors' guard and exception
 * mappers, not the forms' binder):
 * <ul>
 * <li>a field given twice, first of the wrong kind, then valid: accepted (204), the
 * engine's reader keeps the last;</li>
 * <li>{@code null} as the body, and at the web apps' door an empty body: 500
 * (NullPointerException, {@code CompleteTaskDto.getVariables()} because {@code dto} is
 * null);</li>
 * <li>malformed JSON, an array as the body, variables as a list, a variable without its
 * {@code {value, type}}, 2000 levels of {@code [}: 400 without a reason, depending on the
 * start either {@code {"type":"InvalidRequestException","message":""}} or not JSON at all
 * (Jackson's own message, naming Camunda's classes).</li>
 * </ul>
 */
@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FormBadInputTest extends DoorTest {

	/** Every form of the product, in the order a partner meets them. */
	static final List<String> FORMS = List.of("plan-pilots", "assess-pilot", "approve-pilot-results",
			"enter-evaluation", "decide-gate", "plan-additional-pilots", "draft-agreement", "sign-agreement",
			"schedule-review-meeting", "rate-review-buyer", "rate-review-provider", "record-review-minutes",
			"acknowledge-review-minutes", "report-action-item", "decide-review-outcome", "decide-renewal", "plan-exit",
			"confirm-hand-over", "record-lessons-learned", "submit-roadmap-proposals", "start-proposal-review",
			"review-summit-proposals");

	/**
	 * The record a form's task works on: its id is what a caller would inject to work on
	 * another one.
	 */
	static final Map<String, String> RECORD_ID = Map.ofEntries(Map.entry("assess-pilot", "pilotId"),
			Map.entry("approve-pilot-results", "pilotId"), Map.entry("schedule-review-meeting", "reviewId"),
			Map.entry("rate-review-buyer", "reviewId"), Map.entry("rate-review-provider", "reviewId"),
			Map.entry("decide-review-outcome", "reviewId"), Map.entry("record-review-minutes", "reviewId"),
			Map.entry("acknowledge-review-minutes", "reviewId"), Map.entry("report-action-item", "actionItemId"),
			Map.entry("submit-roadmap-proposals", "summitId"), Map.entry("start-proposal-review", "summitId"),
			Map.entry("review-summit-proposals", "summitId"));

	static final int MIN_KINDS = 15;

	static final String JSON = "application/json";

	static final ObjectMapper MAPPER = new ObjectMapper();

	@Autowired
	FormContracts contracts;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	SummitService summits;

	@Autowired
	AgreementService agreements;

	@Autowired
	TerminationService terminations;

	@Autowired
	Map<String, JpaRepository<?, ?>> repositories;

	/** One for the class: each user logs in to Tasklist once. */
	EngineDoors callers;

	/**
	 * Each form's open task, reached once; again only if a bad payload was accepted and
	 * completed it.
	 */
	final Map<String, Reached> reached = new HashMap<>();

	/** The summits this class opened, all closed at its end. */
	final List<Long> ourSummits = new ArrayList<>();

	@BeforeAll
	void oneLoginPerUser() {
		callers = new EngineDoors(port);
	}

	// the cases

	@Test
	@Order(0)
	void shouldKnowEveryFormAndAtLeast15KindsOfBadPayloadForEach() {
		Set<String> formFiles = Stream.of(new File("forms").list((dir, name) -> name.endsWith(".form")))
			.map(name -> name.substring(0, name.length() - ".form".length()))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(new TreeSet<>(FORMS)).as("the forms this class reaches").isEqualTo(formFiles);
		assertThat(new TreeSet<>(contracts.contracts().keySet())).as("the forms with a contract").isEqualTo(formFiles);
		Map<String, Integer> kinds = new TreeMap<>();
		FORMS.forEach(form -> kinds.put(form, kinds(contract(form)).size()));
		assertThat(kinds).as("kinds of bad payload per form")
			.allSatisfy((form, count) -> assertThat(count).as(form).isGreaterThanOrEqualTo(MIN_KINDS));
	}

	Stream<BadCase> badPayloads() {
		return FORMS.stream()
			.flatMap(form -> kinds(contract(form)).stream()
				.flatMap(kind -> Stream.of(Door.values()).map(door -> new BadCase(form, kind, door))));
	}

	@Order(1)
	@ParameterizedTest(name = "{0}")
	@MethodSource("badPayloads")
	void shouldRefuseTheBadPayloadWithItsReasonAndChangeNothing(BadCase bad) {
		Reached task = open(bad.form());
		driver.clockAt(task.clock());
		Bad payload = bad.kind().payload().apply(new Submission(task.valid()));
		State before = state(task);

		HttpResponse<String> answer = callers.as(task.user(), bad.door())
			.send("POST", "/task/" + task.taskId() + "/submit-form", payload.contentType(),
					BodyPublishers.ofString(payload.body()));

		String exchange = bad + ":\n  " + exchange(bad.door(), task, payload, answer);
		assertThat(answer.statusCode()).as("status, %s", exchange).isIn(payload.statuses());
		JsonNode refusal = json(answer.body());
		assertThat(refusal).as("a refusal as JSON, %s", exchange).isNotNull();
		String message = refusal.path("message").asText("");
		assertThat(message).as("the reason, %s", exchange).isNotBlank();
		if (refusal.hasNonNull("field")) {
			assertThat(message).as("the reason names its field, %s", exchange).contains(refusal.get("field").asText());
		}
		if (payload.field() != null) {
			assertThat(message).as("the reason names %s, %s", payload.field(), exchange).contains(payload.field());
		}
		assertThat(state(task)).as("nothing changed, %s", exchange).isEqualTo(before);
	}

	@Order(2)
	@ParameterizedTest(name = "{0}: the valid form is accepted")
	@MethodSource("forms")
	void shouldAcceptTheValidFormAsTheControl(String form) {
		Reached task = open(form);
		driver.clockAt(task.clock());

		HttpResponse<String> answer = callers.as(task.user(), Door.WEBAPP)
			.post("/task/" + task.taskId() + "/submit-form", new Submission(task.valid()).body());

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
		assertThat(taskService.createTaskQuery().taskId(task.taskId()).count()).isZero();
	}

	List<String> forms() {
		return FORMS;
	}

	// the kinds of bad payload

	/**
	 * One form, one kind of bad payload, one door: the name says which payload is sent.
	 */
	record BadCase(String form, Kind kind, Door door) {

		@Override
		public String toString() {
			return form + " · " + kind.name() + " · " + door;
		}
	}

	/**
	 * A kind of bad payload: what it is, and how it is made from the form's valid
	 * submission.
	 */
	record Kind(String name, Function<Submission, Bad> payload) {
	}

	/**
	 * A payload as sent (content type and body) and what its refusal must be: one of
	 * these statuses, and a reason that names this field (null: the body as a whole is
	 * wrong).
	 */
	record Bad(String contentType, String body, List<Integer> statuses, String field) {

		static Bad refused(String body, String field) {
			return new Bad(JSON, body, List.of(400), field);
		}
	}

	/**
	 * A value as sent: raw JSON, at the top level as a typed variable {@code {"value":
	 * top, "type": type}}, in a row (form-js's dynamic lists are one Json variable) as
	 * {@code row}. Raw, so that an escape such as that of a lone surrogate reaches the
	 * server as written.
	 */
	record Value(String top, String type, String row) {

		static Value of(String raw, String type) {
			return new Value(raw, type, raw);
		}

		/** A Json variable at the top level, the JSON itself in a row. */
		static Value json(String json) {
			return new Value(quoted(json), "Json", json);
		}

		static Value text(String rawContent) {
			return of("\"" + rawContent + "\"", "String");
		}
	}

	static final String DEEP = "[".repeat(2000) + "]".repeat(2000);

	static final Value LARGE = Value.text("x".repeat(300 * 1024));

	static final String XML = "<variables><closeRound>true</closeRound></variables>";

	/**
	 * A String serialized by Java: the engine would deserialize it (if allowed) to store
	 * it.
	 */
	static final String JAVA_SERIALIZED = "{\"value\":\"rO0ABXQAA2FiYw==\",\"type\":\"Object\",\"valueInfo\":{"
			+ "\"objectTypeName\":\"java.lang.String\","
			+ "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";

	/** An object in JSON naming the Java class to read it as. */
	static final String JAVA_CLASS_IN_JSON = "{\"value\":\"{\\\"a\\\":1}\",\"type\":\"Object\",\"valueInfo\":{"
			+ "\"objectTypeName\":\"java.util.HashMap\",\"serializationDataFormat\":\"application/json\"}}";

	/**
	 * The kinds for one form: the body as a whole, then each kind of field the contract
	 * has.
	 */
	List<Kind> kinds(Contract form) {
		List<Kind> kinds = new ArrayList<>();
		Slot first = form.slots().get(0);

		// the body as a whole: no field to name
		kinds.add(body("an empty body", s -> ""));
		kinds.add(body("malformed JSON (cut off)", s -> s.body().substring(0, s.body().length() / 2)));
		kinds.add(body("null as the body", s -> "null"));
		kinds.add(body("an array as the body", s -> "[" + s.body() + "]"));
		kinds.add(body("{} (no variables)", s -> "{}"));
		kinds.add(body("variables as a list", s -> "{\"variables\":[" + s.body() + "]}"));
		kinds.add(new Kind("Content-Type text/plain", s -> new Bad("text/plain", s.body(), List.of(415), null)));
		kinds.add(new Kind("Content-Type application/xml", s -> new Bad("application/xml", XML, List.of(415), null)));
		kinds.add(new Kind("a body over 256 KB",
				s -> new Bad(JSON, s.with("padding", LARGE).body(), List.of(413), null)));
		kinds.add(changed("2000 levels of [ in the body (" + first.path() + ")", null,
				s -> s.set(first, Value.of(DEEP, "Json"))));
		kinds
			.add(changed(first.path() + " without its {value, type}", null, s -> s.withRaw(first.name(), "\"plain\"")));
		kinds.add(changed(first.path() + " of an unknown type (Bogus)", null,
				s -> s.set(first, Value.of("\"x\"", "Bogus"))));
		kinds.add(changed(first.path() + " not of its declared type (\"abc\" as Long)", null,
				s -> s.set(first, Value.of("\"abc\"", "Long"))));

		// keys the form does not have, or has twice
		kinds
			.add(changed("an unknown field (isAdmin)", "isAdmin", s -> s.with("isAdmin", Value.of("true", "Boolean"))));
		String id = RECORD_ID.getOrDefault(form.key(), "partnerId");
		Value otherRecord = id.equals("partnerId") ? Value.text("another-partner") : Value.of("1", "Long");
		kinds.add(changed("a record's id injected (" + id + ")", id, s -> s.with(id, otherRecord)));
		String readOnly = form.readOnlyField();
		kinds.add(changed("a read-only field of the form sent back (" + readOnly + ")", readOnly,
				s -> s.with(readOnly, Value.text("changed"))));
		kinds.add(changed(first.path() + " given twice: first of the wrong kind, then valid", first.path(),
				s -> s.withDuplicateFirst(first.name(), wrongKindFor(first))));

		// values of a kind the engine would store as they come
		kinds.add(changed(first.path() + " as a serialized Java object (type Object)", first.path(),
				s -> s.withRaw(first.name(), JAVA_SERIALIZED)));
		kinds.add(changed(first.path() + " as an Object in JSON naming a Java class", first.path(),
				s -> s.withRaw(first.name(), JAVA_CLASS_IN_JSON)));
		kinds.add(wrong(first, "a Json variable that is not JSON", Value.json("{\"a\":")));
		kinds.add(wrong(first, "a Json variable 2000 levels deep", Value.json(DEEP)));
		form.first(slot -> slot.top() && slot.shape() != Shape.ROWS && slot.shape() != Shape.TEXTS)
			.ifPresent(single -> {
				kinds.add(wrong(single, "a Json object", Value.json("{\"a\":1}")));
				kinds.add(wrong(single, "a Json list", Value.json("[\"a\"]")));
			});

		// missing values
		form.first(Slot::required).ifPresent(required -> {
			kinds.add(wrong(required, "null (required)", Value.of("null", "Null")));
			kinds.add(changed(required.path() + " left out (required)", required.path(), s -> s.without(required)));
		});

		// text
		Optional<Slot> firstText = form.first(slot -> slot.shape() == Shape.TEXT);
		firstText.ifPresent(text -> {
			kinds.add(wrong(text, "a number", Value.of("12345", "Long")));
			kinds.add(wrong(text, "yes/no", Value.of("true", "Boolean")));
			kinds.add(wrong(text, "text with NUL", Value.text("a\\u0000b")));
			kinds.add(wrong(text, "text with a control character (BEL)", Value.text("a\\u0007b")));
			kinds.add(wrong(text, "text with a C1 control character (NEL)", Value.text("a\\u0085b")));
			kinds.add(wrong(text, "text with a lone high surrogate", Value.text("a\\ud800b")));
			kinds.add(wrong(text, "text with a lone low surrogate", Value.text("\\udc00")));
		});
		form.first(slot -> slot.shape() == Shape.TEXT && slot.required()).ifPresent(text -> {
			kinds.add(wrong(text, "whitespace only (required)", Value.text("  \\t  \\n ")));
			kinds.add(wrong(text, "no-break spaces only (required)", Value.text("\\u00a0\\u2007\\u202f")));
		});
		form.first(slot -> slot.shape() == Shape.TEXT && slot.maxLength() != null)
			.ifPresent(text -> kinds.add(wrong(text, "one character over its " + text.maxLength(),
					Value.text("x".repeat(text.maxLength() + 1)))));
		if (firstText.isPresent() && firstText.get().top()) { // else the text in a row
																// had all of the above
			form.first(slot -> slot.shape() == Shape.TEXT && !slot.top())
				.ifPresent(text -> kinds.add(wrong(text, "text with NUL in a row", Value.text("a\\u0000b"))));
		}
		form.first(slot -> slot.shape() == Shape.TEXTS)
			.ifPresent(texts -> kinds.add(wrong(texts, "a number among the texts", Value.of("12345", "Long"))));

		// numbers
		form.first(slot -> slot.shape() == Shape.WHOLE || slot.shape() == Shape.DECIMAL).ifPresent(number -> {
			kinds.add(wrong(number, "a text", Value.text("5")));
			kinds.add(wrong(number, "yes/no", Value.of("true", "Boolean")));
			kinds.add(wrong(number, "1e400 (beyond a double)", Value.of("1e400", "Double")));
		});
		form.first(slot -> slot.shape() == Shape.WHOLE).ifPresent(whole -> {
			kinds.add(wrong(whole, "a fraction", Value.of("2.5", "Double")));
			kinds.add(wrong(whole, "99999999999 (beyond an int)", Value.of("99999999999", "Long")));
		});
		form.first(slot -> slot.max() != null)
			.ifPresent(number -> kinds.add(wrong(number, "above its maximum " + plain(number.max()),
					number(number, number.max().add(BigDecimal.ONE)))));
		form.first(slot -> slot.min() != null)
			.ifPresent(number -> kinds.add(wrong(number, "below its minimum " + plain(number.min()),
					number(number, number.min().subtract(BigDecimal.ONE)))));
		form.first(slot -> slot.fraction() != null)
			.ifPresent(number -> kinds.add(wrong(number, (number.fraction() + 1) + " decimals",
					Value.of("0." + "1".repeat(number.fraction() + 1), "Double"))));

		// yes/no, choices
		form.first(slot -> slot.shape() == Shape.YES_NO).ifPresent(yesNo -> {
			kinds.add(wrong(yesNo, "a text \"true\"", Value.text("true")));
			kinds.add(wrong(yesNo, "a number 1", Value.of("1", "Long")));
		});
		form.first(slot -> slot.has(AssertTrue.class))
			.ifPresent(box -> kinds.add(wrong(box, "false (must be ticked)", Value.of("false", "Boolean"))));
		form.first(slot -> slot.shape() == Shape.CHOICE).ifPresent(choice -> {
			String name = ((Enum<?>) choice.type().getEnumConstants()[0]).name();
			kinds.add(wrong(choice, "a number", Value.of("0", "Long")));
			kinds.add(wrong(choice, "a choice the form does not offer", Value.text("NOT_A_CHOICE")));
			kinds.add(wrong(choice, "a choice in lower case", Value.text(name.toLowerCase())));
		});

		// dates
		form.first(slot -> slot.shape() == Shape.DAY || slot.shape() == Shape.MOMENT).ifPresent(date -> {
			String time = date.shape() == Shape.MOMENT ? "T10:00:00Z" : "";
			kinds.add(wrong(date, "a day that does not exist", Value.text("2027-02-30" + time)));
			kinds.add(wrong(date, "in the year 99999", Value.text("+99999-01-01" + time)));
			kinds.add(wrong(date, "epoch milliseconds", Value.of("1798000000000", "Long")));
			kinds.add(wrong(date, "31.12.2027", Value.text("31.12.2027")));
		});
		form.first(slot -> slot.top() && (slot.shape() == Shape.DAY || slot.shape() == Shape.MOMENT))
			.ifPresent(date -> kinds.add(changed(date.path() + ": a Date variable that is no date", null, // refused
																											// by
																											// the
																											// engine
																											// before
																											// the
																											// form's
																											// contract,
																											// with
																											// its
																											// own
																											// reason
					s -> s.set(date, Value.of("\"tomorrow\"", "Date")))));

		// lists and their rows: nesting
		form.first(slot -> slot.shape() == Shape.ROWS).ifPresent(list -> {
			String rows = list.name();
			kinds.add(wrong(list, "a text", Value.text("a")));
			kinds.add(changed(rows + " with a null row", rows + "[1]", s -> s.set(list, Value.json("[null]"))));
			kinds.add(changed(rows + " as a list of lists", rows + "[1]",
					s -> s.set(list, Value.json("[" + s.json(rows) + "]"))));
			kinds.add(changed(rows + "[1] with an unknown field (isAdmin)", rows + "[1].isAdmin",
					s -> s.set(list, Value.json(s.json(rows).replaceFirst("\\{", "{\"isAdmin\":true,")))));
			kinds.add(changed(rows + "[1] with a key given twice", rows, s -> s.set(list,
					Value.json(s.json(rows).replaceFirst("\\{\"([^\"]+)\":", "{\"$1\":{\"a\":1},\"$1\":")))));
		});
		form.first(slot -> !slot.top() && slot.shape() != Shape.TEXTS)
			.ifPresent(cell -> kinds.add(wrong(cell, "an object nested 3 deep", Value.json("{\"a\":{\"b\":[1]}}"))));
		return kinds;
	}

	/** The body as a whole replaced: refused without a field. */
	static Kind body(String name, Function<Submission, String> body) {
		return new Kind(name, s -> Bad.refused(body.apply(s), null));
	}

	/** The valid submission changed: refused, naming this field (null: none). */
	static Kind changed(String name, String field, Function<Submission, Submission> change) {
		return new Kind(name, s -> Bad.refused(change.apply(s).body(), field));
	}

	/** The value of one field replaced by a wrong one: refused, naming that field. */
	static Kind wrong(Slot slot, String what, Value value) {
		return changed(slot.path() + ": " + what, slot.path(), s -> s.set(slot, value));
	}

	/**
	 * A number as the form sends it for this field: whole numbers as Long, others as
	 * Double.
	 */
	static Value number(Slot slot, BigDecimal number) {
		return Value.of(plain(number), slot.shape() == Shape.WHOLE ? "Long" : "Double");
	}

	/** A value no field of this kind takes. */
	static Value wrongKindFor(Slot slot) {
		return slot.shape() == Shape.TEXT ? Value.of("12345", "Long")
				: Value.text("not-a-" + slot.shape().name().toLowerCase());
	}

	// the contract of a form, read by reflection

	enum Shape {

		TEXT, WHOLE, DECIMAL, YES_NO, CHOICE, DAY, MOMENT, TEXTS, ROWS

	}

	/**
	 * A field of a form: at the top level ({@code gateApproval}), in the first row of a
	 * list ({@code pilots[1].title}), or the first text of a list of texts
	 * ({@code buyerSponsors[1]}); its type and its constraints.
	 */
	record Slot(String list, String name, Shape shape, Class<?> type, Field declared) {

		boolean top() {
			return list == null;
		}

		String path() {
			return top() ? name : list + "[1]" + (name == null ? "" : "." + name);
		}

		boolean has(Class<? extends java.lang.annotation.Annotation> constraint) {
			return declared != null && declared.isAnnotationPresent(constraint);
		}

		boolean required() {
			return has(NotNull.class) || has(NotBlank.class) || has(NotEmpty.class);
		}

		Integer maxLength() {
			return has(Size.class) ? declared.getAnnotation(Size.class).max() : null;
		}

		BigDecimal max() {
			if (has(Range.class)) {
				return BigDecimal.valueOf(declared.getAnnotation(Range.class).max());
			}
			return has(DecimalMax.class) ? new BigDecimal(declared.getAnnotation(DecimalMax.class).value()) : null;
		}

		BigDecimal min() {
			if (has(Range.class)) {
				return BigDecimal.valueOf(declared.getAnnotation(Range.class).min());
			}
			if (has(DecimalMin.class)) {
				return new BigDecimal(declared.getAnnotation(DecimalMin.class).value());
			}
			return has(PositiveOrZero.class) ? BigDecimal.ZERO : null;
		}

		Integer fraction() {
			return has(Digits.class) ? declared.getAnnotation(Digits.class).fraction() : null;
		}
	}

	/**
	 * A form's contract: its fields, top level first, then those of its rows; and a
	 * read-only field of its .form.
	 */
	record Contract(String key, List<Slot> slots, String readOnlyField) {

		Optional<Slot> first(Predicate<Slot> matching) {
			return slots.stream().filter(matching).findFirst();
		}
	}

	Contract contract(String form) {
		Class<? extends Record> type = contracts.contractOf(form);
		List<Slot> slots = new ArrayList<>();
		List<Slot> rows = new ArrayList<>();
		for (RecordComponent component : type.getRecordComponents()) {
			Shape shape = shape(component);
			slots.add(new Slot(null, component.getName(), shape, component.getType(), field(type, component)));
			if (shape == Shape.TEXTS) {
				rows.add(new Slot(component.getName(), null, Shape.TEXT, String.class, null));
			}
			if (shape == Shape.ROWS) {
				Class<?> row = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
				for (RecordComponent cell : row.getRecordComponents()) {
					rows.add(new Slot(component.getName(), cell.getName(), shape(cell), cell.getType(),
							field(row, cell)));
				}
			}
		}
		slots.addAll(rows);
		return new Contract(form, slots, readOnlyField(form, slots));
	}

	static Shape shape(RecordComponent component) {
		Class<?> type = component.getType();
		if (type == String.class) {
			return Shape.TEXT;
		}
		if (type == Integer.class || type == Long.class) {
			return Shape.WHOLE;
		}
		if (type == BigDecimal.class || type == Double.class) {
			return Shape.DECIMAL;
		}
		if (type == Boolean.class) {
			return Shape.YES_NO;
		}
		if (type.isEnum()) {
			return Shape.CHOICE;
		}
		if (type == LocalDate.class) {
			return Shape.DAY;
		}
		if (type == Instant.class) {
			return Shape.MOMENT;
		}
		if (type == List.class) {
			Object element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
			return element == String.class ? Shape.TEXTS : Shape.ROWS;
		}
		throw new IllegalStateException("A form field of a type this test does not know: " + component);
	}

	static Field field(Class<?> record, RecordComponent component) {
		try {
			return record.getDeclaredField(component.getName());
		}
		catch (NoSuchFieldException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * A field the form shows read-only (disabled), not one of the contract's: another
	 * than the partner's name if any.
	 */
	static String readOnlyField(String form, List<Slot> slots) {
		List<String> disabled = new ArrayList<>();
		try {
			for (JsonNode component : MAPPER.readTree(new File("forms/" + form + ".form")).get("components")) {
				if (component.path("disabled").asBoolean() && component.hasNonNull("key")) {
					disabled.add(component.get("key").asText());
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		disabled.removeIf(key -> slots.stream().anyMatch(slot -> slot.top() && slot.name().equals(key)));
		return disabled.stream().filter(key -> !key.equals("partnerName")).findFirst().orElse(disabled.get(0));
	}

	// the submission

	/**
	 * The valid submission as Tasklist sends it ({@link EngineDoors#variables}), to
	 * change one thing of: each variable kept as the JSON text of its {@code {value,
	 * type}}.
	 */
	static final class Submission {

		private static final String MARK = "\u0001changed\u0001";

		private final Map<String, Object> values;

		private final Map<String, String> variables = new LinkedHashMap<>();

		private String duplicate = "";

		Submission(Map<String, Object> values) {
			this.values = values;
			values.forEach((name, value) -> variables.put(name, typed(value)));
		}

		/** The body: {@code {"variables": {...}}}. */
		String body() {
			return "{\"variables\":{" + duplicate
					+ variables.entrySet()
						.stream()
						.map(variable -> quoted(variable.getKey()) + ":" + variable.getValue())
						.collect(Collectors.joining(","))
					+ "}}";
		}

		/** The valid value of a list, as JSON. */
		String json(String list) {
			return write(values.get(list));
		}

		Submission set(Slot slot, Value value) {
			if (slot.top()) {
				return withRaw(slot.name(), "{\"value\":" + value.top() + ",\"type\":" + quoted(value.type()) + "}");
			}
			return withRaw(slot.list(), rows(slot, row -> MARK, value.row()));
		}

		Submission without(Slot slot) {
			if (slot.top()) {
				variables.remove(slot.name());
				return this;
			}
			return withRaw(slot.list(), rows(slot, row -> null, null));
		}

		Submission with(String name, Value value) {
			return withRaw(name, "{\"value\":" + value.top() + ",\"type\":" + quoted(value.type()) + "}");
		}

		Submission withRaw(String name, String rawVariable) {
			variables.put(name, rawVariable);
			return this;
		}

		/**
		 * The same key once more, before the valid one: a reader that keeps the last sees
		 * a valid submission.
		 */
		Submission withDuplicateFirst(String name, Value value) {
			duplicate = quoted(name) + ":{\"value\":" + value.top() + ",\"type\":" + quoted(value.type()) + "},";
			return this;
		}

		/**
		 * The list as a Json variable, its first row's field (or first text) set to the
		 * raw value, or left out.
		 */
		@SuppressWarnings("unchecked")
		private String rows(Slot slot, Function<Object, Object> change, String raw) {
			List<Object> rows = new ArrayList<>((List<Object>) values.get(slot.list()));
			if (slot.name() == null) {
				rows.set(0, change.apply(rows.get(0)));
			}
			else {
				Map<String, Object> row = new LinkedHashMap<>((Map<String, Object>) rows.get(0));
				if (raw == null) {
					row.remove(slot.name());
				}
				else {
					row.put(slot.name(), MARK);
				}
				rows.set(0, row);
			}
			String json = write(rows);
			if (raw != null) {
				json = json.replace(write(MARK), raw);
			}
			return "{\"value\":" + quoted(json) + ",\"type\":\"Json\"}";
		}

		/**
		 * As {@link EngineDoors#variables}: lists and maps as Json, whole numbers as
		 * Long.
		 */
		private static String typed(Object value) {
			Map<String, Object> typed = new LinkedHashMap<>();
			if (value instanceof List<?> || value instanceof Map<?, ?>) {
				typed.put("value", write(value));
				typed.put("type", "Json");
			}
			else if (value instanceof Integer || value instanceof Long) {
				typed.put("value", ((Number) value).longValue());
				typed.put("type", "Long");
			}
			else {
				typed.put("value", value);
				typed.put("type", value == null ? "Null" : value.getClass().getSimpleName());
			}
			return write(typed);
		}

	}

	static String write(Object value) {
		try {
			return MAPPER.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException(e);
		}
	}

	static String quoted(String text) {
		return write(text);
	}

	static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	static JsonNode json(String body) {
		try {
			JsonNode node = MAPPER.readTree(body);
			return node == null || !node.isObject() ? null : node;
		}
		catch (JsonProcessingException e) {
			return null;
		}
	}

	static String exchange(Door door, Reached task, Bad payload, HttpResponse<String> answer) {
		return door + " POST " + door.root() + "/task/" + task.taskId() + "/submit-form as " + task.user() + " ["
				+ payload.contentType() + "] " + abbreviated(payload.body()) + "\n  answered " + answer.statusCode()
				+ " " + abbreviated(answer.body());
	}

	static String abbreviated(String text) {
		return text.length() <= 600 ? text
				: text.substring(0, 300) + "…(" + text.length() + " chars)…" + text.substring(text.length() - 100);
	}

	// what must not change

	/**
	 * The task (open, its assignee), its and its process instance's variables, the count
	 * of instances and records.
	 */
	record State(boolean taskOpen, String assignee, Map<String, String> processVariables,
			Map<String, String> taskVariables, long processInstances, Map<String, Long> records) {
	}

	State state(Reached task) {
		Task open = taskService.createTaskQuery().taskId(task.taskId()).singleResult();
		boolean running = runtimeService.createProcessInstanceQuery()
			.processInstanceId(task.processInstanceId())
			.count() == 1;
		Map<String, Long> records = new TreeMap<>();
		repositories.forEach((name, repository) -> records.put(name, repository.count()));
		return new State(open != null, open == null ? null : open.getAssignee(),
				running ? snapshot(runtimeService.getVariablesTyped(task.processInstanceId(), false)) : Map.of(),
				open == null ? Map.of() : snapshot(taskService.getVariablesLocalTyped(task.taskId(), false)),
				runtimeService.createProcessInstanceQuery().count(), records);
	}

	static Map<String, String> snapshot(VariableMap variables) {
		Map<String, String> snapshot = new TreeMap<>();
		for (String name : variables.keySet()) {
			TypedValue value = variables.getValueTyped(name);
			Object shown = value instanceof SerializableValue serializable ? serializable.getValueSerialized()
					: value.getValue();
			snapshot.put(name, (value.getType() == null ? "?" : value.getType().getName()) + ":" + shown);
		}
		return snapshot;
	}

	// reaching each form's task

	/**
	 * A form's open task, claimed by its user, with the engine's time then and the form's
	 * valid submission.
	 */
	record Reached(String taskId, String processInstanceId, String user, Instant clock, Map<String, Object> valid) {
	}

	Reached open(String form) {
		Reached known = reached.get(form);
		if (known == null || taskService.createTaskQuery().taskId(known.taskId()).count() == 0) {
			known = reach(form);
			reached.put(form, known);
		}
		return known;
	}

	Reached reach(String form) {
		Lifecycles life = new Lifecycles(context);
		switch (form) {
			case "plan-pilots": {
				String partnerId = life.register();
				return claimed(life, partnerId, LifecycleProcess.PLAN_PILOTS, "sofia",
						FormValues.planPilots("Lower costs", "A reference customer",
								life.pilot("Pilot A", 10, "Criterion one", "Criterion two")));
			}
			case "assess-pilot": {
				String partnerId = pilotEnded(life);
				return claimed(life, partnerId, PilotProcess.ASSESS_PILOT, "samuel", assessment(partnerId));
			}
			case "approve-pilot-results": {
				String partnerId = pilotEnded(life);
				driver.complete(partnerId, PilotProcess.ASSESS_PILOT, "samuel", assessment(partnerId));
				return claimed(life, partnerId, PilotProcess.APPROVE_PILOT_RESULTS, "rita",
						FormValues.approvePilotResults());
			}
			case "enter-evaluation": {
				String partnerId = life.throughPilots("1", 5);
				return claimed(life, partnerId, LifecycleProcess.ENTER_EVALUATION, "sofia",
						FormValues.evaluation(5, 5, 5, Lifecycles.SAFE_COMPONENT));
			}
			case "decide-gate": {
				String partnerId = life.atTheGateRecommendingProceed();
				return claimed(life, partnerId, LifecycleProcess.DECIDE_GATE, "rita", FormValues.approveGate());
			}
			case "plan-additional-pilots": {
				String partnerId = life.throughPilots("1", 1); // the gate recommends more
																// pilots
				life.enterEvaluation(partnerId, "sofia", 3);
				driver.complete(partnerId, LifecycleProcess.DECIDE_GATE, "rita", FormValues.approveGate());
				return claimed(life, partnerId, LifecycleProcess.PLAN_ADDITIONAL_PILOTS, "sofia",
						FormValues.planAdditionalPilots(life.pilot("Pilot B", 10, "Criterion three")));
			}
			case "draft-agreement": {
				String partnerId = throughTheGate(life);
				return claimed(life, partnerId, LifecycleProcess.DRAFT_AGREEMENT, "sofia", draft(life));
			}
			case "sign-agreement": {
				String partnerId = throughTheGate(life);
				driver.complete(partnerId, LifecycleProcess.DRAFT_AGREEMENT, "sofia", draft(life));
				return claimed(life, partnerId, LifecycleProcess.SIGN_AGREEMENT, "erik", FormValues.signAgreement());
			}
			case "schedule-review-meeting": {
				String partnerId = life.active();
				life.untilNextReviewStarts(partnerId);
				return claimed(life, partnerId, ReviewProcess.SCHEDULE_MEETING, "sofia",
						FormValues.scheduleReviewMeeting(
								life.now().plus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC).toString(), "erik", "Pat",
								"pat@provider.example"));
			}
			case "rate-review-buyer": {
				String partnerId = atTheRating(life);
				return claimed(life, partnerId, ReviewProcess.RATE_BUYER, "erik", FormValues.withAgendaTopics(
						FormValues.rateAsBuyer(4, 100_000, 0),
						new FormValues.AgendaTopic("STRATEGIC_ISSUE", "A second data center", "Before the next term")));
			}
			case "rate-review-provider": {
				String partnerId = atTheRating(life);
				return claimed(life, partnerId, ReviewProcess.RATE_PROVIDER, life.representative(partnerId),
						FormValues.withAgendaTopics(FormValues.rateAsProvider(4, 90_000, 5_000),
								new FormValues.AgendaTopic("PROPOSAL", "Shared service report", "Monthly, one page")));
			}
			case "record-review-minutes": {
				// the second review's minutes, which say what became of the first one's
				// item
				String partnerId = life.active();
				life.untilNextReviewStarts(partnerId);
				life.untilTheMinutes(partnerId, 4, 4, 100_000, 90_000);
				driver.complete(partnerId, ReviewProcess.RECORD_MINUTES, "sofia",
						minutesWithAnItem(life, "user:sofia"));
				driver.complete(partnerId, ReviewProcess.ACKNOWLEDGE_MINUTES, life.representative(partnerId),
						FormValues.acceptMinutes());
				driver.complete(partnerId, ReviewProcess.DECIDE_OUTCOME, "eva",
						FormValues.decideReview("CONTINUE", null));
				driver.executeDueJobs(partnerId);
				Long earlier = actionItems().openOf(partnerId).get(0).getId();
				life.untilNextReviewStarts(partnerId);
				life.untilTheMinutes(partnerId, 4, 4, 100_000, 90_000);
				Map<String, Object> minutes = new java.util.LinkedHashMap<>(minutesWithAnItem(life, "user:sofia"));
				minutes.put("earlierItems",
						List.of(FormValues.map("item", String.valueOf(earlier), "outcome", "DONE")));
				return claimed(life, partnerId, ReviewProcess.RECORD_MINUTES, "sofia", minutes);
			}
			case "acknowledge-review-minutes": {
				String partnerId = life.active();
				life.untilNextReviewStarts(partnerId);
				life.untilTheMinutes(partnerId, 4, 4, 100_000, 90_000);
				String representative = life.representative(partnerId);
				driver.complete(partnerId, ReviewProcess.RECORD_MINUTES, "sofia",
						minutesWithAnItem(life, "user:" + representative));
				Long theirs = actionItems().openOf(partnerId).get(0).getId();
				return claimed(life, partnerId, ReviewProcess.ACKNOWLEDGE_MINUTES, representative,
						FormValues.commentOnMinutes("Fine by us", theirs, "We need the figures first"));
			}
			case "report-action-item": {
				String partnerId = life.active();
				life.untilNextReviewStarts(partnerId);
				life.untilTheMinutes(partnerId, 4, 4, 100_000, 90_000);
				driver.complete(partnerId, ReviewProcess.RECORD_MINUTES, "sofia",
						minutesWithAnItem(life, "user:sofia"));
				driver.executeDueJobs(partnerId); // the item's follow-up starts
				return claimed(life, partnerId, com.partnerlifecycle.followup.ActionItemProcess.REPORT, "sofia",
						FormValues.reportActionItem("DONE", "Report sent"));
			}
			case "decide-review-outcome": {
				String partnerId = life.active();
				life.untilNextReviewStarts(partnerId);
				life.scheduleAndRate(partnerId, 4, 4, 100_000, 90_000);
				return claimed(life, partnerId, ReviewProcess.DECIDE_OUTCOME, "eva",
						FormValues.decideReview("CONTINUE", null));
			}
			case "decide-renewal": {
				String partnerId = life.active();
				life.clockTo(partnerId, agreements.renewalDecisionDate(partnerId).toInstant().plusSeconds(60));
				return claimed(life, partnerId, LifecycleProcess.DECIDE_RENEWAL, "erik",
						FormValues.letTheAgreementEnd());
			}
			case "plan-exit": {
				String partnerId = dissolving(life);
				return claimed(life, partnerId, DissolutionProcess.PLAN_EXIT, "sofia",
						FormValues.planExit(life.inDays(30)));
			}
			case "confirm-hand-over": {
				String partnerId = dissolving(life);
				driver.complete(partnerId, DissolutionProcess.PLAN_EXIT, "sofia", FormValues.planExit(life.inDays(30)));
				return claimed(life, partnerId, DissolutionProcess.CONFIRM_HAND_OVER_BUYER, "samuel",
						FormValues.confirmHandOver("All runbooks received"));
			}
			case "record-lessons-learned": {
				String partnerId = dissolving(life);
				driver.complete(partnerId, DissolutionProcess.PLAN_EXIT, "sofia", FormValues.planExit(life.inDays(30)));
				driver.complete(partnerId, DissolutionProcess.CONFIRM_HAND_OVER_BUYER, "samuel",
						FormValues.confirmHandOver("All runbooks received"));
				driver.complete(partnerId, DissolutionProcess.CONFIRM_HAND_OVER_PROVIDER,
						life.representative(partnerId), FormValues.confirmHandOver("Data returned"));
				return claimed(life, partnerId, DissolutionProcess.RECORD_LESSONS_LEARNED, "sofia",
						FormValues.lessonsLearned());
			}
			case "submit-roadmap-proposals": {
				String partnerId = life.active();
				String representative = life.representative(partnerId);
				Summit summit = openSummit();
				return claimed(proposalTask(summit, partnerId), representative, proposal());
			}
			case "start-proposal-review": {
				Summit summit = openSummit();
				return claimed(executivesTask(summit, SummitProcess.START_PROPOSAL_REVIEW), "erik",
						FormValues.map("closeRound", true));
			}
			case "review-summit-proposals": {
				String partnerId = life.active();
				String representative = life.representative(partnerId);
				Summit summit = openSummit();
				driver.complete(proposalTask(summit, partnerId), representative, proposal());
				driver.complete(executivesTask(summit, SummitProcess.START_PROPOSAL_REVIEW), "erik",
						FormValues.map("closeRound", true));
				return claimed(executivesTask(summit, SummitProcess.REVIEW_PROPOSALS), "eva",
						FormValues.map("decisions", List.of(FormValues.map("decision", "ACCEPTED", "comment",
								"Start in Q2 with the operations team"))));
			}
			default:
				throw new IllegalArgumentException("No way to reach a task of form " + form);
		}
	}

	Reached claimed(Lifecycles life, String partnerId, String taskKey, String user, Map<String, Object> valid) {
		Task task = driver.openTask(partnerId, taskKey);
		taskService.claim(task.getId(), user);
		return new Reached(task.getId(), task.getProcessInstanceId(), user, life.now(), valid);
	}

	/**
	 * A summit's task, at the time the summit was opened (set back: see
	 * {@link #openSummit}).
	 */
	Reached claimed(Task task, String user, Map<String, Object> valid) {
		taskService.claim(task.getId(), user);
		Summit summit = summits.summitOf(task.getProcessInstanceId());
		return new Reached(task.getId(), task.getProcessInstanceId(), user, summit.getOpenedAt(), valid);
	}

	/** Minutes with one action item of this owner's, due in ten days. */
	static Map<String, Object> minutesWithAnItem(Lifecycles life, String owner) {
		return FormValues.recordMinutes("Both sides rated 4", List.of(), new FormValues.NewActionItem(
				"Send the service report", owner, life.now().atZone(ZoneOffset.UTC).toLocalDate().plusDays(10)));
	}

	com.partnerlifecycle.followup.ActionItemService actionItems() {
		return context.getBean(com.partnerlifecycle.followup.ActionItemService.class);
	}

	String pilotEnded(Lifecycles life) {
		String partnerId = life.register();
		life.planPilots(partnerId, life.pilot("Pilot A", 10, "Criterion one", "Criterion two"));
		life.daysPass(partnerId, 11);
		return partnerId;
	}

	Map<String, Object> assessment(String partnerId) {
		List<String> criteria = driver.criteriaOf(driver.openTask(partnerId, PilotProcess.ASSESS_PILOT));
		return FormValues.pilotCompleted(criteria, criteria.stream().map(c -> "1").toList(), 4, 4, 4,
				"A reference installation");
	}

	String throughTheGate(Lifecycles life) {
		String partnerId = life.atTheGateRecommendingProceed();
		driver.complete(partnerId, LifecycleProcess.DECIDE_GATE, "rita", FormValues.approveGate());
		return partnerId;
	}

	static Map<String, Object> draft(Lifecycles life) {
		return FormValues.draftAgreement(life.inDays(0), life.inDays(0).plusYears(2), "erik", "Pat Provider",
				"pat@provider.example");
	}

	String atTheRating(Lifecycles life) {
		String partnerId = life.active();
		life.untilNextReviewStarts(partnerId);
		life.scheduleMeeting(partnerId);
		return partnerId;
	}

	String dissolving(Lifecycles life) {
		String partnerId = life.active();
		driver.asUser("sofia",
				() -> terminations.request(partnerId, Side.PROVIDER, "Strategic change at the provider"));
		driver.executeDueJobs(partnerId);
		return partnerId;
	}

	static Map<String, Object> proposal() {
		return FormValues.map("proposals", List.of(FormValues.map("title", "Observability platform", "valueToBuyer",
				"Saves two weeks per release", "effortDays", 60)), "noProposal", false);
	}

	/**
	 * A summit of this class's own, next to the demo's (whose Fabrikam task
	 * IntegrityAttacksTest and TasklistJourneyTest use): opened as the yearly timer opens
	 * one, without an opener, since by hand only one summit may be under way; and an hour
	 * before the demo's, so that the demo's stays the latest. Closed at the end of the
	 * class.
	 */
	Summit openSummit() {
		Instant demosOpening = summits.latest().map(Summit::getOpenedAt).orElse(Instant.now());
		driver.clockAt(demosOpening.minus(Duration.ofHours(1)));
		ProcessInstance opened = runtimeService.startProcessInstanceByMessage(SummitProcess.REQUESTED);
		Summit summit = summits.openedBy(opened.getId());
		ourSummits.add(summit.getId());
		driver.executeDueJobs("summit-" + summit.getId()); // the invitations
		assertThat(summits.get(summit.getId()).getStatus()).as("a summit with active partners to invite")
			.isEqualTo(SummitStatus.COLLECTING);
		return summit;
	}

	Task proposalTask(Summit summit, String partnerId) {
		ProcessInstance own = runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(summit.getProcessInstanceId())
			.processInstanceBusinessKey(partnerId)
			.singleResult();
		return taskService.createTaskQuery()
			.processInstanceId(own.getId())
			.taskDefinitionKey(SummitProcess.SUBMIT_PROPOSALS)
			.singleResult();
	}

	Task executivesTask(Summit summit, String taskKey) {
		Task task = taskService.createTaskQuery()
			.processInstanceId(summit.getProcessInstanceId())
			.taskDefinitionKey(taskKey)
			.singleResult();
		assertThat(task).as("%s of summit %s", taskKey, summit.getId()).isNotNull();
		return task;
	}

	/**
	 * No summit of this class stays under way: the executives close the round and decline
	 * what was proposed.
	 */
	@AfterAll
	void closeOurSummits() {
		for (Long id : ourSummits) {
			Summit summit = summits.get(id);
			driver.clockAt(summit.getOpenedAt());
			if (summit.getStatus() == SummitStatus.COLLECTING) {
				driver.complete(executivesTask(summit, SummitProcess.START_PROPOSAL_REVIEW), "erik",
						FormValues.map("closeRound", true));
			}
			if (summits.get(id).getStatus() == SummitStatus.REVIEWING) {
				List<Map<String, Object>> declined = summits.proposals(id)
					.stream()
					.map(p -> FormValues.map("decision", "DECLINED", "comment", "Closed after the bad-input suite"))
					.toList();
				driver.complete(executivesTask(summit, SummitProcess.REVIEW_PROPOSALS), "eva",
						FormValues.map("decisions", declined));
			}
		}
		driver.resetClock();
	}

}
