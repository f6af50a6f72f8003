package com.dealercsi.visit;

import com.dealercsi.admin.StaffRef;
import com.dealercsi.admin.Stores;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.shared.SpreadsheetText;
import com.dealercsi.visit.VisitRejected.FieldProblem;
import com.dealercsi.visit.fileimport.ColumnMapping;
import com.dealercsi.visit.fileimport.DmsDates;
import com.dealercsi.visit.fileimport.ImportField;
import com.dealercsi.visit.fileimport.ImportPreview;
import com.dealercsi.visit.fileimport.ImportResult;
import com.dealercsi.visit.fileimport.ImportTable;
import com.dealercsi.visit.fileimport.ImportValues;
import com.dealercsi.visit.fileimport.RowCheck;
import com.dealercsi.visit.fileimport.RowCheck.RowProblem;
import com.dealercsi.visit.fileimport.RowCheck.Status;
import com.dealercsi.visit.internal.ImportMapping;
import com.dealercsi.visit.internal.ImportMappingRepository;
import com.dealercsi.visit.internal.Visit;
import com.dealercsi.visit.internal.VisitRepository;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings in the visits of a DMS export (CSV or Excel) under the same rules as the API and the form: every row
 * is checked first (preview), then the good rows are stored in chunks with batched inserts, and the store's
 * column mapping is remembered. Each stored visit is announced as delivered like any other, one event per visit,
 * by the {@link VisitAnnouncer} at the pace the listeners keep up with. A row whose RO number the store has already creates
 * nothing, so importing the same file twice stores and announces each visit once.
 */
@Service
public class VisitImports {

    /** Rows stored and announced per transaction: large enough for batched inserts, small enough to retry. */
    static final int CHUNK = 500;
    /** Values per {@code in (...)} list when asking which RO numbers the store has. */
    private static final int LOOKUP = 1000;

    private final Visits rules;
    private final VisitRepository visits;
    private final ImportMappingRepository mappings;
    private final Stores stores;
    private final EntityManager entityManager;
    private final MessageSource messages;
    private final VisitAnnouncer announcer;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;

    VisitImports(
            Visits rules,
            VisitRepository visits,
            ImportMappingRepository mappings,
            Stores stores,
            EntityManager entityManager,
            MessageSource messages,
            VisitAnnouncer announcer,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.announcer = announcer;
        this.rules = rules;
        this.visits = visits;
        this.mappings = mappings;
        this.stores = stores;
        this.entityManager = entityManager;
        this.messages = messages;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
    }

    /**
     * The mapping to start from for a file with these headers: the store's remembered one where the file has
     * those columns, completed by guesses from the header names.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'STORE_MANAGER', 'CUSTOMER_SERVICE_MANAGER', 'CUSTOMER_SERVICE')")
    public ColumnMapping mappingFor(UUID storeId, List<String> headers) {
        CurrentStaff.requireVisible(stores, storeId);
        var suggestion = ColumnMapping.suggest(headers);
        return reads.execute(status -> mappings.findByStoreId(storeId))
                .map(remembered -> remembered.toMapping().restrictedTo(headers).completedBy(suggestion))
                .orElse(suggestion);
    }

    /** Whether the store has a remembered mapping (the view says so). */
    @PreAuthorize("hasAnyRole('ADMIN', 'STORE_MANAGER', 'CUSTOMER_SERVICE_MANAGER', 'CUSTOMER_SERVICE')")
    public boolean remembersMapping(UUID storeId) {
        CurrentStaff.requireVisible(stores, storeId);
        return Boolean.TRUE.equals(
                reads.execute(status -> mappings.findByStoreId(storeId).isPresent()));
    }

    /** Every row with what importing would do to it and why; stores nothing. */
    @PreAuthorize("hasAnyRole('ADMIN', 'STORE_MANAGER', 'CUSTOMER_SERVICE_MANAGER', 'CUSTOMER_SERVICE')")
    public ImportPreview preview(UUID storeId, ImportTable table, ColumnMapping mapping) {
        CurrentStaff.requireVisible(stores, storeId);
        return check(storeId, table, mapping, new HashMap<>());
    }

    /**
     * Checks every row again (the store may have changed since the preview), stores the good ones, announces
     * each as delivered, and remembers the mapping for the store.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'STORE_MANAGER', 'CUSTOMER_SERVICE_MANAGER', 'CUSTOMER_SERVICE')")
    public ImportResult importRows(UUID storeId, ImportTable table, ColumnMapping mapping) {
        CurrentStaff.requireVisible(stores, storeId);
        return announcer.whileImporting(() -> importChecked(storeId, table, mapping));
    }

    private ImportResult importChecked(UUID storeId, ImportTable table, ColumnMapping mapping) {
        var advisors = new HashMap<String, Optional<StaffRef>>();
        var checked = new ArrayList<>(check(storeId, table, mapping, advisors).rows());
        var ready = new ArrayList<Integer>();
        for (int i = 0; i < checked.size(); i++) {
            if (checked.get(i).status() == Status.READY) {
                ready.add(i);
            }
        }
        for (int from = 0; from < ready.size(); from += CHUNK) {
            var chunk = ready.subList(from, Math.min(from + CHUNK, ready.size()));
            Map<Integer, Status> outcomes;
            try {
                outcomes = storeChunkRetryingDeadlocks(storeId, chunk, checked, advisors);
            } catch (DataIntegrityViolationException raceWithTheSameRoNumber) {
                // someone stored one of these RO numbers since our look-up: each row on its own, as the form does
                outcomes = storeOneByOne(storeId, chunk, checked);
            }
            outcomes.forEach(
                    (index, status) -> checked.set(index, checked.get(index).withStatus(status)));
        }
        transactions.executeWithoutResult(status -> mappings.findByStoreId(storeId)
                .ifPresentOrElse(
                        remembered -> remembered.remember(mapping, clock.instant()),
                        () -> mappings.save(new ImportMapping(storeId, mapping, clock.instant()))));
        var result = new ImportPreview(checked);
        return new ImportResult(
                result.count(Status.IMPORTED),
                result.count(Status.ALREADY_THERE),
                result.count(Status.REJECTED),
                checked);
    }

    /** Another instance's announcer or import may pick this chunk's rows as a deadlock victim: try again. */
    private Map<Integer, Status> storeChunkRetryingDeadlocks(
            UUID storeId, List<Integer> chunk, List<RowCheck> checked, Map<String, Optional<StaffRef>> advisors) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Objects.requireNonNull(
                        transactions.execute(status -> storeChunk(storeId, chunk, checked, advisors)));
            } catch (PessimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private Map<Integer, Status> storeChunk(
            UUID storeId, List<Integer> chunk, List<RowCheck> checked, Map<String, Optional<StaffRef>> advisors) {
        // inserts of one flush go to the database as one JDBC batch instead of a round trip per row
        entityManager.unwrap(Session.class).setJdbcBatchSize(CHUNK);
        var roNumbers = chunk.stream().map(i -> checked.get(i).roNumber()).toList();
        var there = lowerCase(visits.findRoNumbers(storeId, roNumbers));
        var outcomes = new HashMap<Integer, Status>();
        var stored = new ArrayList<Visit>(chunk.size());
        for (var index : chunk) {
            var row = checked.get(index);
            var request = Objects.requireNonNull(row.visit());
            if (there.contains(lower(row.roNumber()))) {
                outcomes.put(index, Status.ALREADY_THERE);
                continue;
            }
            var advisor = advisor(storeId, Objects.requireNonNull(request.advisor()), advisors)
                    .orElse(null);
            stored.add(rules.newVisit(storeId, request, advisor).announcedLater());
            outcomes.put(index, Status.IMPORTED);
        }
        visits.saveAll(stored);
        // each visit is announced (VisitDelivered) by the VisitAnnouncer, at the pace its listeners keep up with
        return outcomes;
    }

    private Map<Integer, Status> storeOneByOne(UUID storeId, List<Integer> chunk, List<RowCheck> checked) {
        var outcomes = new HashMap<Integer, Status>();
        for (var index : chunk) {
            try {
                var registration = rules.register(
                        storeId, Objects.requireNonNull(checked.get(index).visit()));
                outcomes.put(index, registration.created() ? Status.IMPORTED : Status.ALREADY_THERE);
            } catch (VisitRejected rejected) {
                outcomes.put(index, Status.REJECTED);
            }
        }
        return outcomes;
    }

    /**
     * The rejected rows as CSV in UTF-8 with a BOM (Excel opens it with Chinese intact), with the file's own
     * columns and one more saying what to fix, so the fixed file can be imported as it is.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'STORE_MANAGER', 'CUSTOMER_SERVICE_MANAGER', 'CUSTOMER_SERVICE')")
    public byte[] rejectedRowsFile(ImportTable table, List<RowCheck> rows, Locale locale) {
        var out = new ByteArrayOutputStream();
        var headers = new ArrayList<>(table.headers());
        headers.add(messages.getMessage("import.file.problemColumn", null, locale));
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            try (var printer = CSVFormat.EXCEL
                    .builder()
                    .setHeader(headers.toArray(String[]::new))
                    .get()
                    .print(writer)) {
                for (var row : rows) {
                    if (row.status() != Status.REJECTED) {
                        continue;
                    }
                    var cells = new ArrayList<String>(headers.size());
                    for (int c = 0; c < table.headers().size(); c++) {
                        // the DMS's cells come back to a person who opens them in a spreadsheet (CSV injection)
                        cells.add(SpreadsheetText.guarded(row.row().cell(c)));
                    }
                    cells.add(row.problems().stream()
                            .map(p -> describe(p, locale))
                            .collect(Collectors.joining("; ")));
                    printer.printRecord(cells);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A problem in plain words: the field, then what is wrong with it. */
    public String describe(RowProblem problem, Locale locale) {
        var message = messages.getMessage(
                problem.messageKey(),
                problem.args().isEmpty() ? null : problem.args().toArray(),
                problem.messageKey(),
                locale);
        if (problem.field().isEmpty()) {
            return message;
        }
        var field = messages.getMessage("import.field." + problem.field(), null, problem.field(), locale);
        return messages.getMessage("import.problem.format", new Object[] {field, message}, locale);
    }

    private ImportPreview check(
            UUID storeId, ImportTable table, ColumnMapping mapping, Map<String, Optional<StaffRef>> advisors) {
        var zone = stores.get(storeId).timeZone();
        var columns = new HashMap<ImportField, Integer>();
        mapping.columns().forEach((field, header) -> columns.put(field, table.columnOf(header)));
        var firstLine = new HashMap<String, Integer>();
        var checks = new ArrayList<RowCheck>(table.rows().size());
        var candidates = new ArrayList<Integer>();
        for (var row : table.rows()) {
            // every problem of the row at once, so a file is fixed in one round
            var problems = new ArrayList<RowProblem>();
            var visit = read(row, columns, mapping, zone, problems).normalised();
            var unreadable = problems.stream().map(RowProblem::field).collect(Collectors.toSet());
            for (FieldProblem problem : rules.fieldProblems(visit)) {
                if (!unreadable.contains(problem.field())) {
                    problems.add(new RowProblem(problem.field(), problem.messageKey(), List.of()));
                }
            }
            var warnings = new ArrayList<RowProblem>();
            var advisor = visit.advisor() == null || visit.advisor().isBlank() ? null : visit.advisor();
            var matched = advisor == null || advisor(storeId, advisor, advisors).isPresent();
            for (FieldProblem warning : Visits.warnings(visit, matched)) {
                warnings.add(new RowProblem(
                        warning.field(),
                        "import.warning." + warning.field(),
                        advisor == null ? List.of() : List.of(advisor)));
            }
            var roNumber = visit.roNumber() == null ? "" : visit.roNumber();
            var first = roNumber.isEmpty() ? null : firstLine.putIfAbsent(lower(roNumber), row.line());
            if (first != null) {
                checks.add(new RowCheck(
                        row,
                        Status.DUPLICATE,
                        List.of(new RowProblem(
                                "roNumber", "import.problem.duplicateRo", List.of(roNumber, String.valueOf(first)))),
                        List.of(),
                        visit));
                continue;
            }
            if (problems.isEmpty()) {
                candidates.add(checks.size());
            }
            checks.add(
                    new RowCheck(row, problems.isEmpty() ? Status.READY : Status.REJECTED, problems, warnings, visit));
        }
        var there = new HashSet<String>();
        for (int from = 0; from < candidates.size(); from += LOOKUP) {
            var roNumbers = candidates.subList(from, Math.min(from + LOOKUP, candidates.size())).stream()
                    .map(i -> checks.get(i).roNumber())
                    .toList();
            there.addAll(lowerCase(
                    Objects.requireNonNull(reads.execute(status -> visits.findRoNumbers(storeId, roNumbers)))));
        }
        for (var index : candidates) {
            var check = checks.get(index);
            if (there.contains(lower(check.roNumber()))) {
                checks.set(index, check.withStatus(Status.ALREADY_THERE));
            }
        }
        return new ImportPreview(checks);
    }

    /** The row as a visit; cells that cannot be read (a date, a service type, a language) become problems. */
    private static NewVisit read(
            ImportTable.Row row,
            Map<ImportField, Integer> columns,
            ColumnMapping mapping,
            ZoneId zone,
            List<RowProblem> problems) {
        var deliveredText = cell(row, columns, ImportField.DELIVERED_AT);
        var deliveredAt = deliveredText.isBlank()
                ? null
                : DmsDates.parse(deliveredText, zone).orElse(null);
        if (!deliveredText.isBlank() && deliveredAt == null) {
            problems.add(new RowProblem("deliveredAt", "import.problem.date", List.of(deliveredText.strip())));
        }
        var typeText = cell(row, columns, ImportField.SERVICE_TYPE);
        var serviceType = typeText.isBlank()
                ? mapping.defaultServiceType()
                : mapping.serviceTypeOf(typeText).orElse(null);
        if (serviceType == null) {
            problems.add(new RowProblem("serviceType", "import.problem.serviceType", List.of(typeText.strip())));
        }
        var languageText = cell(row, columns, ImportField.LANGUAGE);
        var language = languageText.isBlank()
                ? mapping.defaultLanguage()
                : ImportValues.language(languageText).orElse(null);
        if (language == null) {
            problems.add(new RowProblem("language", "import.problem.language", List.of(languageText.strip())));
        }
        return new NewVisit(
                cell(row, columns, ImportField.RO_NUMBER),
                cell(row, columns, ImportField.OWNER_NAME),
                cell(row, columns, ImportField.EMAIL),
                cell(row, columns, ImportField.PHONE),
                cell(row, columns, ImportField.PLATE),
                cell(row, columns, ImportField.VIN),
                cell(row, columns, ImportField.MODEL),
                serviceType,
                cell(row, columns, ImportField.ADVISOR),
                deliveredAt,
                language == null ? "" : language.tag());
    }

    private static String cell(ImportTable.Row row, Map<ImportField, Integer> columns, ImportField field) {
        var column = columns.get(field);
        return column == null ? "" : row.cell(column);
    }

    /** The store's advisor of that name, staff code or matched alias, asked once per distinct value of the file. */
    private Optional<StaffRef> advisor(UUID storeId, String nameOrCode, Map<String, Optional<StaffRef>> advisors) {
        return advisors.computeIfAbsent(
                nameOrCode, value -> Objects.requireNonNull(reads.execute(status -> rules.advisor(storeId, value))));
    }

    /**
     * The distinct words of the file's service-type column, each with the type it will be read as (the store's
     * remembered word, a word everyone uses, or none yet), for the import's value step.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'STORE_MANAGER', 'CUSTOMER_SERVICE_MANAGER', 'CUSTOMER_SERVICE')")
    public Map<String, Optional<ServiceType>> serviceTypeWords(ImportTable table, ColumnMapping mapping) {
        var words = new java.util.TreeMap<String, Optional<ServiceType>>();
        mapping.header(ImportField.SERVICE_TYPE).ifPresent(header -> {
            int column = table.columnOf(header);
            for (var row : table.rows()) {
                var word = row.cell(column).strip();
                if (!word.isEmpty() && !words.containsKey(word) && words.size() < MAX_WORDS) {
                    words.put(word, mapping.serviceTypeOf(word));
                }
            }
        });
        return words;
    }

    /** A column with hundreds of distinct values is not a service type: the value step shows the first ones. */
    private static final int MAX_WORDS = 50;

    private static Set<String> lowerCase(List<String> values) {
        return values.stream().map(VisitImports::lower).collect(Collectors.toSet());
    }

    private static String lower(@Nullable String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
