package com.partnerlifecycle.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.partnerlifecycle.LifecycleTest;
import com.partnerlifecycle.Lifecycles;
import com.partnerlifecycle.TestUsers;
import com.partnerlifecycle.partner.PartnerService;

/**
 * The CSV exports: RFC 4180 quoting, UTF-8 with a byte order mark, names with commas,
 * quotes, line breaks and non-Latin scripts coming back exactly, formulas defused, and
 * bad input refused.
 */
@LifecycleTest
class ExportApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PartnerService partners;

	Lifecycles lifecycles;

	@BeforeEach
	void setUp() {
		lifecycles = new Lifecycles(context);
	}

	@AfterEach
	void resetClock() {
		lifecycles.driver().resetClock();
	}

	/**
	 * Reads RFC 4180 text back into records: the test's own reader, strict about quotes.
	 */
	static List<List<String>> parse(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				assertThat(field).as("a quote only opens a field").isEmpty();
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r') {
				assertThat(text.charAt(i + 1)).as("records end with CRLF").isEqualTo('\n');
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				i++;
			}
			else {
				assertThat(c).as("a bare line feed").isNotEqualTo('\n');
				field.append(c);
			}
		}
		assertThat(quoted).as("every quote closed").isFalse();
		assertThat(field).as("the last record ends with CRLF").isEmpty();
		return records;
	}

	MvcResult export(String url) throws Exception {
		return mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn();
	}

	static String body(MvcResult result) {
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).as("UTF-8 byte order mark").startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
	}

	@Test
	void shouldExportOnePartnerPerRowWithAwkwardNamesComingBackExactly() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String awkward = "Müller, \"Söhne\" & Co. " + marker;
		String[] id = new String[1];
		lifecycles.driver()
			.asUser("sofia", () -> id[0] = partners
				.register(new PartnerService.Registration(awkward, null, null, 1, List.of("cloud hosting", "sap")))
				.getId());
		String japanese = lifecycles.register();
		String active = lifecycles.active();

		MvcResult result = export("/api/partners.csv");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment; filename=\"partners-")
			.endsWith(".csv\"");
		List<List<String>> rows = parse(body(result));
		assertThat(rows.get(0)).containsExactly("id", "name", "stage", "mode", "capabilities", "registered on",
				"last review", "last health", "next review due");
		assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(9));
		assertThat(rows).filteredOn(row -> row.get(0).equals(id[0])).singleElement().satisfies(row -> {
			assertThat(row.get(1)).isEqualTo(awkward);
			assertThat(row.subList(2, 5)).containsExactly("CANDIDATE", "VENDOR", "cloud hosting; sap");
			assertThat(row.get(8)).as("no review calendar before the agreement").isEmpty();
		});
		assertThat(rows).filteredOn(row -> row.get(0).equals(active))
			.singleElement()
			.satisfies(row -> assertThat(row.get(8)).isEqualTo(lifecycles.inDays(0).plusMonths(6).toString()));
		assertThat(rows).extracting(row -> row.get(0)).contains(japanese);
	}

	@Test
	void shouldKeepNonLatinScriptsAndDefuseFormulas() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String names[] = { "株式会社データ " + marker, "Δέλτα Σύστημα " + marker, "=HYPERLINK(\"http://evil\") " + marker,
				"Line\nbreak " + marker };
		for (String name : names) {
			lifecycles.driver()
				.asUser("sofia", () -> partners.register(new PartnerService.Registration(name, null, null, 1)));
		}
		List<List<String>> rows = parse(body(export("/api/partners.csv?name=" + marker)));
		assertThat(rows).hasSize(1 + names.length);
		assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(1))
			.containsExactlyInAnyOrder(names[0], names[1], "'" + names[2], names[3]);
	}

	@Test
	void shouldFilterLikeTheSearch() throws Exception {
		String active = lifecycles.active();
		List<List<String>> rows = parse(body(export("/api/partners.csv?stage=ACTIVE&mode=VENDOR")));
		assertThat(rows.subList(1, rows.size()))
			.allSatisfy(row -> assertThat(row.subList(2, 4)).containsExactly("ACTIVE", "VENDOR"));
		assertThat(rows).extracting(row -> row.get(0)).contains(active);
	}

	@Test
	void shouldExportAPartnersReviewHistory() throws Exception {
		String partnerId = lifecycles.active();
		lifecycles.review(partnerId, 4, 3, 100_000, 80_000, "CONTINUE");
		lifecycles.review(partnerId, 2, 2, 100_000, 80_000, "IMPROVEMENT_PLAN");

		MvcResult result = export("/api/partners/" + partnerId + "/reviews.csv");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"reviews-" + partnerId + ".csv\"");
		List<List<String>> rows = parse(body(result));
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).startsWith("partner", "review", "due", "status");
		List<String> first = rows.get(1);
		assertThat(first.get(1)).isEqualTo("1");
		assertThat(first.get(3)).isEqualTo("DECIDED");
		assertThat(first.subList(5, 10)).containsExactly("4.00", "3.00", "100000.00", "80000.00", "true");
		assertThat(first.get(12)).isEqualTo("CONTINUE");
		assertThat(first.get(14)).isEqualTo("eva");
		List<String> second = rows.get(2);
		assertThat(second.get(9)).isEqualTo("false");
		assertThat(second.subList(11, 14)).containsExactly("IMPROVEMENT_PLAN", "IMPROVEMENT_PLAN",
				"Decided at the review");
	}

	@Test
	void shouldRefuseBadInputAndOtherPeople() throws Exception {
		mvc.perform(get("/api/partners.csv?stage=SOMEWHERE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stage"));
		mvc.perform(get("/api/partners.csv?name=" + "n".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(get("/api/partners/no-such-partner/reviews.csv"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").exists());
		mvc.perform(get("/api/partners.csv").header(TestUsers.AUTHORIZATION, TestUsers.basic("paula")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/partners/fabrikam/reviews.csv").header(TestUsers.AUTHORIZATION, TestUsers.basic("paula")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/partners.csv").header(TestUsers.AUTHORIZATION, "Basic bm9ib2R5Om5vcGU="))
			.andExpect(status().isUnauthorized());
	}

}
