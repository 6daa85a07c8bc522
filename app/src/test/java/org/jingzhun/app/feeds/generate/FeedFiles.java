// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.app.feeds.generate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jingzhun.app.platform.csv.CsvReader;
import org.jingzhun.kernel.IdNumber;
import org.jingzhun.rules.Catalog;

/** Reads generated feed files and household files back with the project's own CSV reader, for the tests. */
final class FeedFiles {

    /** One feed row, as text, and the county file it came from. */
    record Row(String county, String department, String recordId, String idNumber, String item, String date,
               String value, String text) {

        /** Whether the row is well-formed: a valid ID number, a real date, a known item, a number or nothing as value. */
        boolean wellFormed() {
            return IdNumber.isValid(idNumber, LocalDate.of(2100, 1, 1)) && day() != null
                    && Catalog.items().containsKey(item) && (value.isEmpty() || value.matches("\\d+(\\.\\d{1,2})?"));
        }

        LocalDate day() {
            try {
                return LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        double amount() {
            return Double.parseDouble(value);
        }
    }

    /** A registered person with the household fields the tests look at. */
    record Person(String householdNumber, String category, int age, String health, String disabilityGrade,
                  String schoolStatus, boolean insured, String housingSafe, int householdSize) {
    }

    private FeedFiles() {
    }

    static List<Path> files(Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches(prefix + "-\\d{12}\\.csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> feeds(Path dir) {
        List<Row> rows = new ArrayList<>();
        for (Path file : files(dir, "feeds")) {
            String county = file.getFileName().toString().substring("feeds-".length(), "feeds-".length() + 12);
            for (List<String> f : read(file, FeedWriter.HEADER)) {
                if (f.size() != 7) {
                    throw new AssertionError(file + ": " + f);
                }
                rows.add(new Row(county, f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6)));
            }
        }
        return rows;
    }

    /** Every person of the household files in {@code dir}, by ID number. */
    static Map<String, Person> persons(Path dir) {
        Map<String, Person> persons = new HashMap<>();
        for (Path file : files(dir, "households")) {
            List<List<String>> rows = read(file, null);
            List<String> header = rows.removeFirst();
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                col.put(header.get(i), i);
            }
            Map<String, Integer> sizes = new HashMap<>();
            for (List<String> r : rows) {
                sizes.merge(r.get(col.get("户编号")), 1, Integer::sum);
            }
            List<String> head = null;
            for (List<String> r : rows) {
                if (r.get(col.get("与户主关系")).equals("户主")) {
                    head = r;
                }
                String id = r.get(col.get("证件号码"));
                int age = IdNumber.parse(id, LocalDate.of(2100, 1, 1)).ageOn(FeedGenerator.DEFAULT_AS_OF);
                persons.put(id, new Person(r.get(col.get("户编号")), head.get(col.get("户类型")), age,
                        r.get(col.get("健康状况")), r.get(col.get("残疾等级")), r.get(col.get("在校生状况")),
                        r.get(col.get("参加基本医保")).equals("是"), head.get(col.get("住房安全")),
                        sizes.get(r.get(col.get("户编号")))));
            }
        }
        return persons;
    }

    /** All rows of a file; when {@code header} is given, checks and drops the header row. */
    private static List<List<String>> read(Path file, List<String> header) {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CsvReader csv = new CsvReader(in)) {
            for (List<String> f = csv.next(); f != null; f = csv.next()) {
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header != null) {
            if (!rows.getFirst().equals(header)) {
                throw new AssertionError(file + ": header is " + rows.getFirst());
            }
            rows.removeFirst();
        }
        return rows;
    }
}
