package org.worktime.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.io.read.Fixtures.EMPLOYEES;
import static org.worktime.io.read.Fixtures.WORKPLACE;
import static org.worktime.io.read.Fixtures.messages;
import static org.worktime.io.read.Fixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.worktime.core.domain.Dataset;
import org.worktime.core.param.ParameterTable;

/**
 * The malformed and adversarial inputs of issue 11, one kind per test, each pinned to its exact message: odd files
 * (links, folders, pipes, byte-order marks, latin-1, YAML aliases, a broken workbook), numbers beyond reason, and
 * override files. The only acceptable outcomes are a dataset or an {@link InputException} naming file, line and field.
 */
class MalformedInputTest {

    @TempDir
    Path dir;

    private static final String SHIFTS = """
            employee,start,end
            E001,2025-03-03T09:00,2025-03-03T18:00
            """;

    private Path folder() {
        write(dir, "workplace.yaml", WORKPLACE);
        write(dir, "employees.csv", EMPLOYEES);
        write(dir, "shifts.csv", SHIFTS);
        return dir;
    }

    // ---- links, folders, pipes: a named file that cannot be read is an input error, never skipped ----------------

    @ParameterizedTest
    @ValueSource(strings = {"shifts.csv", "earnings.csv", "attestations.csv", "shifts.xlsx", "workplace.yaml", "employees.csv"})
    void aDanglingSymbolicLinkIsRefusedNotSkipped(String name) throws IOException {
        Path folder = folder();
        Files.deleteIfExists(folder.resolve(name));
        Files.createSymbolicLink(folder.resolve(name), Path.of("missing-" + name));

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(folder.resolve(name)
                + ": a symbolic link to a file that does not exist (it points to missing-" + name + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"shifts.csv", "earnings.csv", "attestations.csv", "shifts.xlsx", "workplace.yaml", "employees.csv"})
    void aLoopingSymbolicLinkIsRefusedNotSkipped(String name) throws IOException {
        Path folder = folder();
        Files.deleteIfExists(folder.resolve(name));
        Files.createSymbolicLink(folder.resolve(name), Path.of(name));

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(folder.resolve(name) + ": a loop of symbolic links");
    }

    @Test
    void aSymbolicLinkToAGoodFileIsRead() throws Exception {
        Path folder = folder();
        Path elsewhere = write(dir.resolve("elsewhere"), "real.csv", SHIFTS);
        Files.delete(folder.resolve("shifts.csv"));
        Files.createSymbolicLink(folder.resolve("shifts.csv"), elsewhere);

        assertThat(DatasetReader.read(folder).shiftCount()).isEqualTo(1);
    }

    @Test
    void aFolderInPlaceOfAFileIsRefused() throws IOException {
        Path folder = folder();
        Files.delete(folder.resolve("shifts.csv"));
        Files.createDirectory(folder.resolve("shifts.csv"));

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(folder.resolve("shifts.csv") + ": a folder, not a file");
    }

    @Test
    void aNamedPipeIsRefusedRatherThanReadForever() throws Exception {
        Path folder = folder();
        Files.delete(folder.resolve("workplace.yaml"));
        mkfifo(folder.resolve("workplace.yaml"));

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(folder.resolve("workplace.yaml")
                + ": not a regular file (a named pipe, socket or device): give a file");
    }

    @Test
    void aNamedPipeAsTheBundleIsRefused() throws Exception {
        Path pipe = dir.resolve("bundle.yaml");
        mkfifo(pipe);

        assertThat(messages(() -> DatasetReader.read(pipe))).containsExactly(pipe
                + ": not a regular file (a named pipe, socket or device): give a file");
    }

    @Test
    void aDiskErrorWhileReadingIsAnInputOutputFailure() throws IOException {
        // /proc/self/mem is a regular file whose first page cannot be read: read(2) fails with EIO, as a failing disk does.
        Path folder = folder();
        Files.delete(folder.resolve("shifts.csv"));
        Files.createSymbolicLink(folder.resolve("shifts.csv"), Path.of("/proc/self/mem"));

        InputException e = Fixtures.failure(() -> DatasetReader.read(folder));
        assertThat(e.isIoFailure()).isTrue();
        assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(folder.resolve("shifts.csv")
                + ": input/output error while reading the file: Input/output error");
    }

    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }

    // ---- encodings ------------------------------------------------------------------------------------------------

    @Test
    void jsonWithAByteOrderMarkIsRead() throws Exception {
        Path folder = folder();
        Files.delete(folder.resolve("workplace.yaml"));
        Files.write(folder.resolve("workplace.json"), ("\uFEFF{\"id\": \"acme\", \"jurisdiction\": \"KR\", \"zone\": \"Asia/Seoul\"}")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(DatasetReader.read(folder).workplace().id()).isEqualTo("acme");
    }

    @Test
    void yamlWithAByteOrderMarkIsRead() throws Exception {
        Path folder = folder();
        Files.write(folder.resolve("workplace.yaml"), ("\uFEFF" + WORKPLACE).getBytes(StandardCharsets.UTF_8));

        assertThat(DatasetReader.read(folder).workplace().id()).isEqualTo("acme-seoul");
    }

    @Test
    void latin1YamlNamesTheLineOfTheFirstBadByte() throws IOException {
        Path folder = folder();
        Files.write(folder.resolve("workplace.yaml"), "id: acme\njurisdiction: KR\nname: Caf\u00e9 Seoul\nzone: Asia/Seoul\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(folder.resolve("workplace.yaml")
                + ":3: the file is not UTF-8 text (byte 0xE9 on this line); save it as UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"employees.csv", "shifts.csv", "earnings.csv", "attestations.csv"})
    void latin1CsvNamesTheLineWithoutJavaNames(String name) throws IOException {
        Path folder = folder();
        String header = switch (name) {
            case "employees.csv" -> "id,name\nE001,Kim\n";
            case "shifts.csv" -> SHIFTS;
            case "earnings.csv" -> "employee_id,kind,amount,currency,from,to\nE001,bonus,1000,KRW,2025-03-01,2025-03-31\n";
            default -> "employee_id,subject,holds,attested_by,attested_on,from\nE001,x,true,HR,2025-03-01,2025-03-01\n";
        };
        Files.write(folder.resolve(name), (header + "E002,Jos\u00e9").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(folder.resolve(name)
                + ":3: the line is not UTF-8 text; save the file as UTF-8 (in Excel: 'CSV UTF-8')");
    }

    // ---- YAML anchors and aliases: refused ------------------------------------------------------------------------

    @Test
    void aYamlAliasIsRefusedNotReadAsTheAnchorsName() throws IOException {
        Path folder = folder();
        write(folder, "workplace.yaml", "id: acme\njurisdiction: KR\nzone: *z\n");

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(folder.resolve("workplace.yaml")
                + ":3: a YAML alias (*z): anchors and aliases are not supported; write the value out in full");
    }

    @Test
    void aYamlAnchorOnAMapOrListIsRefused() throws IOException {
        Path folder = folder();
        write(folder, "workplace.yaml", WORKPLACE + "calendar: &c\n  weeklyHoliday: SUNDAY\n");

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(folder.resolve("workplace.yaml")
                + ":4: a YAML anchor (&c): anchors and aliases are not supported; write the value out in full");
    }

    @Test
    void anAnchorOnAPlainValueIsReadAsTheValue() throws InputException {
        // Jackson does not report anchors of scalars; harmless, as every alias that could refer to one is refused.
        Path folder = folder();
        write(folder, "workplace.yaml", "id: acme\njurisdiction: KR\nzone: &z Asia/Seoul\n");

        assertThat(DatasetReader.read(folder).workplace().zone()).isEqualTo(Fixtures.SEOUL);
    }

    @Test
    void manyAliasesOfOneAnchorDoNotExpand() {
        // The "billion laughs": each alias would double the tree. Refused at the first anchor, whatever the depth.
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x]\n");
        for (int i = 1; i < 30; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        Path bundle = write(dir, "bundle.yaml", yaml.toString());

        assertThat(messages(() -> DatasetReader.read(bundle))).hasSize(88).first()
                .isEqualTo(bundle + ":1: a YAML anchor (&a0): anchors and aliases are not supported; write the value out in full");
    }

    // ---- a broken workbook ----------------------------------------------------------------------------------------

    @Test
    void anXlsxSharedStringIndexOutOfRangeIsAnInputError() throws IOException {
        Path folder = folder();
        Files.delete(folder.resolve("shifts.csv"));
        Path xlsx = ShiftXlsxReaderTest.workbook(folder, "shifts.xlsx", new Object[] {"employee", "start", "end"},
                new Object[] {"E001", "2025-03-03T09:00", "2025-03-03T18:00"});
        // Point the row's first cell at shared string 999 of a table of seven (six header and cell texts, and the Notes sheet's one).
        rewriteEntry(xlsx, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("(<c r=\"A2\"[^>]*t=\"s\"[^>]*><v>)\\d+(</v>)", "$1999$2"));

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(xlsx
                + ":2: field 'employee': Shifts!A2: the cell refers to shared string 999, but the workbook has 7 (the file is damaged: open and"
                + " save it again in Excel)");
    }

    @Test
    void aWorkbookWithBrokenXmlIsRefusedWithoutJavaNames() throws IOException {
        // Found by fuzzing shiftsXlsx: POI's message began with "org.apache.xmlbeans.XmlException: ".
        Path folder = folder();
        Files.delete(folder.resolve("shifts.csv"));
        Path xlsx = folder.resolve("shifts.xlsx");
        Files.copy(Path.of("src/test/resources/org/worktime/io/fuzz/ReaderFuzzTestInputs/shiftsXlsx/finding-xmlbeans-exception-name.xlsx"), xlsx);

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(xlsx + ": not a readable Excel workbook (.xlsx): error:"
                + " Element type \"sheet\" must be followed by either attribute specifications, \">\" or \"/>\".");
    }

    @Test
    void aWorkbookPartCompressedWithZstandardIsRefused() throws IOException {
        // Found by fuzzing shiftsXlsx: commons-compress looked for the absent zstd library (NoClassDefFoundError, exit 3).
        Path folder = folder();
        Files.delete(folder.resolve("shifts.csv"));
        Path xlsx = folder.resolve("shifts.xlsx");
        Files.copy(Path.of("src/test/resources/org/worktime/io/fuzz/ReaderFuzzTestInputs/shiftsXlsx/finding-zstd-compressed-entry.xlsx"), xlsx);

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(xlsx + ": not a readable Excel workbook (.xlsx): a part of it"
                + " is compressed with a method Excel does not use; open and save it again in Excel");
    }

    static void rewriteEntry(Path zip, String entry, java.util.function.UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    String edited = edit.apply(new String(content, StandardCharsets.UTF_8));
                    assertThat(edited).isNotEqualTo(new String(content, StandardCharsets.UTF_8));
                    content = edited.getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        assertThat(found).as(entry).isTrue();
        try (OutputStream out = Files.newOutputStream(zip)) {
            bytes.writeTo(out);
        }
    }

    // ---- numbers beyond reason --------------------------------------------------------------------------------------

    @Test
    void anAstronomicalWageIsRefused() throws IOException {
        Path folder = folder();
        write(folder, "employees.csv", "id,name,wage_type,wage_amount,currency\nE001,Kim,hourly,1E999999999,KRW\n");

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(folder.resolve("employees.csv")
                + ":2: field 'wage_amount': 1E999999999 is too large (at most 1000000000000000)");
    }

    @Test
    void anAstronomicalEarningIsRefused() throws IOException {
        Path folder = folder();
        write(folder, "earnings.csv", "employee_id,kind,amount,currency,from,to\nE001,bonus,1E999999999,KRW,2025-03-01,2025-03-31\n");

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(folder.resolve("earnings.csv")
                + ":2: field 'amount': 1E999999999 is too large (at most 1000000000000000)");
    }

    @Test
    void aVanishinglySmallNumberIsRefused() throws IOException {
        Path folder = folder();
        write(folder, "employees.csv", "id,name,wage_type,wage_amount,currency,monthly_hours\nE001,Kim,monthly,3000000,KRW,1E-999999999\n");

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(folder.resolve("employees.csv")
                + ":2: field 'monthly_hours': 1E-999999999 has more than 10 decimal places");
    }

    @Test
    void anAstronomicalShiftRateIsRefused() throws IOException {
        Path folder = folder();
        write(folder, "employees.csv", "id,name,wage_type,wage_amount,currency\nE001,Kim,hourly,12000,KRW\n");
        write(folder, "shifts.csv", "employee,start,end,rate\nE001,2025-03-03T09:00,2025-03-03T18:00,9E99999\n");

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(folder.resolve("shifts.csv")
                + ":2: field 'rate': 9E99999 is too large (at most 1000000000000000)");
    }

    @Test
    void boundedDecimalKeepsTheBoundsAndTheirMessages() throws ValueException {
        assertThat(Values.boundedDecimal("1000000000000000")).isEqualByComparingTo("1E15");
        assertThat(Values.boundedDecimal("0.0000000001")).isEqualByComparingTo("1E-10");
    }

    @Test
    void suggestionsAreNotSoughtForAHugeWordOrAHugeList() {
        assertThat(Values.closest("zonee", List.of("zone", "name"))).isEqualTo("zone");
        assertThat(Values.closest("z".repeat(65), List.of("z".repeat(64)))).isNull();
        List<String> many = java.util.stream.IntStream.range(0, 10_001).mapToObj(i -> "E" + i).toList();
        assertThat(Values.closest("E10", many)).isNull();
        assertThat(Values.closest("E10", many.subList(0, 10_000))).isEqualTo("E10");
    }

    @Test
    void aTenMegabyteValueIsRefusedBeforeTheYamlParserScansIt() throws IOException {
        Path folder = folder();
        write(folder, "workplace.yaml", WORKPLACE + "name: " + "n".repeat(10 * 1024 * 1024) + "\n");

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(folder.resolve("workplace.yaml")
                + ": the file is larger than 3 MB, the most a YAML file may hold: keep large data in a dataset folder (CSV files) or in JSON");
    }

    @Test
    void aVeryLongYamlLineIsRefusedNamingIt() throws IOException {
        Path folder = folder();
        write(folder, "workplace.yaml", WORKPLACE + "name: " + "n".repeat(200_000) + "\n");

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(folder.resolve("workplace.yaml")
                + ":4: the line is longer than 100000 characters, the most a YAML line may hold");
    }

    @Test
    void aMegabyteZoneInJsonIsRefusedWithoutASuggestion() throws IOException {
        Path folder = folder();
        Files.delete(folder.resolve("workplace.yaml"));
        String zone = "Asia/Seoul".repeat(100_000);
        write(folder, "workplace.json", "{\"id\": \"acme\", \"jurisdiction\": \"KR\", \"zone\": \"" + zone + "\"}");

        assertThat(messages(() -> DatasetReader.read(folder))).containsExactly(folder.resolve("workplace.json") + ":1: field 'zone': unknown"
                + " time zone " + zone + " (use an IANA zone id such as Asia/Seoul)");
    }

    // ---- override files ---------------------------------------------------------------------------------------------

    private static final ParameterTable PACK = ParameterTable.read("pack", new java.io.ByteArrayInputStream("""
            kr.lsa53.extension-cap | * | 12h | 1997-03-13 |  | Labor Standards Act | Art. 53(1) | v | s
            kr.minimum-wage.hourly | * | 10030 KRW | 2025-01-01 | 2025-12-31 | Minimum Wage Act | Art. 5 | v | s
            kr.pay.rounding | * | HALF_UP | 1997-03-13 |  | Labor Standards Act | Art. 56 | v | s
            kr.lsa53.method | * | DAILY_AND_WEEKLY | 1997-03-13 | 2024-01-21 | Labor Standards Act | Art. 53(1) | v | s
            kr.lsa53.method | * | WEEKLY_TOTAL | 2024-01-22 |  | Labor Standards Act | Art. 53(1) | v | s
            kr.premium.rate | * | 0.5 | 1997-03-13 |  | Labor Standards Act | Art. 56 | v | s
            kr.public-sector | * | true | 1997-03-13 |  | Labor Standards Act | Art. 11 | v | s
            kr.night | * | 22:00-06:00 | 1997-03-13 |  | Labor Standards Act | Art. 56(3) | v | s
            """.getBytes(StandardCharsets.UTF_8)));

    private List<String> overrideProblems(String rows) throws IOException {
        Path file = write(dir, "overrides.txt", rows);
        return messages(() -> ParameterOverrides.read(file).against(PACK, "KR"));
    }

    @Test
    void anOverrideOfTheRightTypeIsTaken() throws Exception {
        Path file = write(dir, "overrides.txt", """
                # a proposal
                kr.lsa53.extension-cap | * | 20h | 2026-01-01 |  | Proposal | Art. 53(1) | draft | file
                kr.minimum-wage.hourly | headcount:5- | 11000 KRW | 2026-01-01 |  | Proposal | Art. 5 | draft | file
                kr.pay.rounding | * | HALF_EVEN | 2026-01-01 |  | Proposal | Art. 56 | draft | file
                kr.lsa53.method | * | DAILY_AND_WEEKLY | 2026-01-01 |  | Proposal | Art. 53(1) | draft | file
                kr.premium.rate | * | 1 | 2026-01-01 |  | Proposal | Art. 56 | draft | file
                """);
        ParameterTable table = ParameterOverrides.read(file).against(PACK, "KR");
        assertThat(table.keys()).containsExactly("kr.lsa53.extension-cap", "kr.lsa53.method", "kr.minimum-wage.hourly", "kr.pay.rounding",
                "kr.premium.rate");
        assertThat(table.get("kr.lsa53.extension-cap", java.time.LocalDate.of(2026, 3, 2)).seconds()).isEqualTo(20 * 3600);
    }

    @Test
    void anOverrideValueOfTheWrongTypeNamesFileLineAndColumn() throws IOException {
        assertThat(overrideProblems("""
                kr.lsa53.extension-cap | * | banana | 2026-01-01 |  | Proposal | Art. 53(1) | draft | file
                kr.minimum-wage.hourly | * | 11000 USD | 2026-01-01 |  | Proposal | Art. 5 | draft | file
                kr.minimum-wage.hourly | headcount:1-4 | 1E999999999 KRW | 2026-01-01 |  | Proposal | Art. 5 | draft | file
                kr.pay.rounding | * | ROUND | 2026-01-01 |  | Proposal | Art. 56 | draft | file
                kr.premium.rate | * | 1E999999999 | 2026-01-01 |  | Proposal | Art. 56 | draft | file
                kr.public-sector | * | yes | 2026-01-01 |  | Proposal | Art. 11 | draft | file
                kr.night | * | 22-06 | 2026-01-01 |  | Proposal | Art. 56(3) | draft | file
                """)).containsExactly(
                dir.resolve("overrides.txt") + ":1: field 'value': 'banana' is not of the type of kr.lsa53.extension-cap: expected a duration"
                        + " such as 40h, 30min or 8h30min (the pack has 12h)",
                dir.resolve("overrides.txt") + ":2: field 'value': '11000 USD' is not of the type of kr.minimum-wage.hourly: the currency"
                        + " must be KRW, as in the pack's rows of this key (the pack has 10030 KRW)",
                dir.resolve("overrides.txt") + ":3: field 'value': '1E999999999 KRW' is not of the type of kr.minimum-wage.hourly:"
                        + " 1E999999999 is too large (at most 1000000000000000) (the pack has 10030 KRW)",
                dir.resolve("overrides.txt") + ":4: field 'value': 'ROUND' is not of the type of kr.pay.rounding: expected one of CEILING,"
                        + " DOWN, FLOOR, HALF_DOWN, HALF_EVEN, HALF_UP, UNNECESSARY, UP (the pack has HALF_UP)",
                dir.resolve("overrides.txt") + ":5: field 'value': '1E999999999' is not of the type of kr.premium.rate: 1E999999999 is too"
                        + " large (at most 1000000000000000) (the pack has 0.5)",
                dir.resolve("overrides.txt") + ":6: field 'value': 'yes' is not of the type of kr.public-sector: expected true or false"
                        + " (the pack has true)",
                dir.resolve("overrides.txt") + ":7: field 'value': '22-06' is not of the type of kr.night: expected a daily window such as"
                        + " 22:00-06:00 (the pack has 22:00-06:00)");
    }

    @Test
    void aMisspeltOverrideKeyIsRefusedWithASuggestion() throws IOException {
        assertThat(overrideProblems("kr.lsa53.extention-cap | * | 20h | 2026-01-01 |  | Proposal | Art. 53(1) | draft | file\n"))
                .containsExactly(dir.resolve("overrides.txt") + ":1: field 'key': unknown parameter kr.lsa53.extention-cap (not a key of"
                        + " the KR pack; did you mean kr.lsa53.extension-cap?); the keys are listed by worktime rules --parameters");
    }

    @Test
    void badOverrideRowsNameEveryProblem() throws IOException {
        assertThat(overrideProblems("""
                kr.lsa53.extension-cap | * | 20h | 2026-02-30 |  | Proposal | Art. 53(1) | draft | file
                kr.lsa53.extension-cap | everyone | 20h | 2026-01-01 | 2025-01-01 |  |  | draft | file
                kr.lsa53.extension-cap | * | 20h | 2026-01-01
                 | * |  |  |  | Proposal | Art. 53(1) | draft | file
                """)).containsExactly(
                dir.resolve("overrides.txt") + ":1: field 'from': 2026-02-30 is not a date (no February 30)",
                dir.resolve("overrides.txt") + ":2: field 'scope': 'everyone' is not a scope: expected * or headcount:MIN-MAX",
                dir.resolve("overrides.txt") + ":2: field 'to': the row ends (2025-01-01) before it starts (2026-01-01)",
                dir.resolve("overrides.txt") + ":2: field 'law': missing value: a row cites its law",
                dir.resolve("overrides.txt") + ":2: field 'article': missing value: a row cites its article",
                dir.resolve("overrides.txt") + ":3: expected 9 columns separated by | (key | scope | value | from | to | law | article |"
                        + " version | source), found 4",
                dir.resolve("overrides.txt") + ":4: field 'key': missing value",
                dir.resolve("overrides.txt") + ":4: field 'value': missing value",
                dir.resolve("overrides.txt") + ":4: field 'from': missing value");
    }

    @Test
    void overlappingOverrideRowsNameBothLines() throws IOException {
        assertThat(overrideProblems("""
                kr.lsa53.extension-cap | * | 20h | 2026-01-01 |  | Proposal | Art. 53(1) | draft | file
                kr.lsa53.extension-cap | * | 16h | 2026-06-01 |  | Proposal | Art. 53(1) | draft | file
                """)).containsExactly(dir.resolve("overrides.txt") + ":2: field 'from': the row overlaps the row of line 1 (same key and"
                + " scope: from 2026-01-01 on, and from 2026-06-01 on)");
    }

    @Test
    void aFolderOrAnEmptyFileAsTheOverrideFileIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("params"));
        assertThat(messages(() -> ParameterOverrides.read(folder))).containsExactly(folder + ": a folder, not a file");
        Path empty = write(dir, "empty.txt", "# nothing\n");
        assertThat(messages(() -> ParameterOverrides.read(empty))).containsExactly(empty
                + ": the file has no parameter rows (expected lines of key | scope | value | from | to | law | article | version | source)");
    }

    @Test
    void aGoodDatasetStillReads() throws InputException {
        Dataset d = DatasetReader.read(folder());
        assertThat(d.shiftCount()).isEqualTo(1);
    }
}
