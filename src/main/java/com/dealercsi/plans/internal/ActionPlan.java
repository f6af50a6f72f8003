package com.dealercsi.plans.internal;

import com.dealercsi.plans.PlanProblem;
import com.dealercsi.plans.PlanRuleViolation;
import com.dealercsi.plans.PlanStatus;
import com.dealercsi.plans.PlanSubject;
import com.dealercsi.plans.SubjectKind;
import com.dealercsi.shared.AggregateRoot;
import com.dealercsi.shared.Factor;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An action plan (问题描述, 改善措施, 责任人, 完成期限, 状态) of one store. Every change is a named method that checks
 * its rules and writes a line of the plan's history; nothing is deleted. "Today" is the store's calendar day, given
 * by the caller.
 */
@Entity
@Table(name = "action_plan")
public class ActionPlan extends AggregateRoot {

    static final int PROBLEM_LENGTH = 2000;
    static final int MEASURES_LENGTH = 4000;
    static final int NOTE_LENGTH = 2000;

    @Version
    private int version;

    private UUID storeId;

    @Enumerated(EnumType.STRING)
    private SubjectKind subjectKind;

    private String subjectCode;
    private String subjectFactor;
    private String problem;
    private String measures;
    private UUID ownerStaffId;
    private String ownerName;
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    private Instant openedAt;
    private String openedBy;
    private @Nullable Instant startedAt;
    private @Nullable Instant finishedAt;
    private @Nullable String resultNote;
    private @Nullable LocalDate soonRemindedFor;
    private @Nullable LocalDate overdueRemindedFor;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<PlanHistoryLine> history = new ArrayList<>();

    protected ActionPlan() {
        this.storeId = new UUID(0, 0);
        this.subjectKind = SubjectKind.FACTOR;
        this.subjectCode = "";
        this.subjectFactor = "";
        this.problem = "";
        this.measures = "";
        this.ownerStaffId = new UUID(0, 0);
        this.ownerName = "";
        this.dueDate = LocalDate.EPOCH;
        this.status = PlanStatus.OPEN;
        this.openedAt = Instant.EPOCH;
        this.openedBy = "";
    }

    /**
     * Opens a plan; refuses it with every reason at once.
     *
     * @param owner the member of staff responsible, already checked to be of this store; null when none was picked
     */
    public static ActionPlan open(
            UUID storeId,
            PlanSubject subject,
            String problem,
            String measures,
            @Nullable Owner owner,
            @Nullable LocalDate dueDate,
            LocalDate today,
            Actor by,
            Instant now) {
        var problems = new ArrayList<PlanProblem>();
        problems.addAll(textProblems(problem, measures));
        if (owner == null) {
            problems.add(new PlanProblem("owner", "plans.error.ownerRequired"));
        }
        problems.addAll(dueProblems(dueDate, today));
        if (!problems.isEmpty()) {
            throw new PlanRuleViolation(problems);
        }
        var plan = new ActionPlan();
        plan.storeId = storeId;
        plan.subjectKind = subject.kind();
        plan.subjectCode = subject.code();
        plan.subjectFactor = subject.factor().code();
        plan.problem = problem.strip();
        plan.measures = measures.strip();
        plan.ownerStaffId = owner.staffId();
        plan.ownerName = owner.name();
        plan.dueDate = dueDate;
        plan.status = PlanStatus.OPEN;
        plan.openedAt = now;
        plan.openedBy = by.name();
        plan.record(now, by, "OPENED", owner.name() + " · " + dueDate);
        return plan;
    }

    /** Changes what is wrong, the measures and the owner while the plan runs. */
    public void revise(String problem, String measures, @Nullable Owner owner, Actor by, Instant now) {
        requireActive();
        var problems = new ArrayList<PlanProblem>(textProblems(problem, measures));
        if (owner == null) {
            problems.add(new PlanProblem("owner", "plans.error.ownerRequired"));
        }
        if (!problems.isEmpty()) {
            throw new PlanRuleViolation(problems);
        }
        this.problem = problem.strip();
        this.measures = measures.strip();
        this.ownerStaffId = owner.staffId();
        this.ownerName = owner.name();
        record(now, by, "REVISED", owner.name());
    }

    /** The owner (or a manager) starts the measures. */
    public void start(Actor by, Instant now) {
        if (status != PlanStatus.OPEN) {
            throw new PlanRuleViolation("", "plans.error.notOpen");
        }
        status = PlanStatus.IN_PROGRESS;
        startedAt = now;
        record(now, by, "STARTED", "");
    }

    /** Done, saying what came of it. */
    public void complete(String result, Actor by, Instant now) {
        requireActive();
        var note = requiredNote(result, "plans.error.resultRequired");
        status = PlanStatus.DONE;
        finishedAt = now;
        resultNote = note;
        record(now, by, "COMPLETED", note);
    }

    /** Given up, saying why. */
    public void cancel(String reason, Actor by, Instant now) {
        requireActive();
        var note = requiredNote(reason, "plans.error.reasonRequired");
        status = PlanStatus.CANCELLED;
        finishedAt = now;
        resultNote = note;
        record(now, by, "CANCELLED", note);
    }

    /** A new due date, not in the past; the owner is reminded again for it. */
    public void changeDue(@Nullable LocalDate newDue, LocalDate today, Actor by, Instant now) {
        requireActive();
        var problems = dueProblems(newDue, today);
        if (!problems.isEmpty()) {
            throw new PlanRuleViolation(problems);
        }
        if (newDue.equals(dueDate)) {
            throw new PlanRuleViolation("due", "plans.error.dueUnchanged");
        }
        var previous = dueDate;
        dueDate = newDue;
        record(now, by, "DUE_CHANGED", previous + " → " + newDue);
    }

    /** Past its due date and still running: the due day itself is not overdue yet. */
    public boolean isOverdue(LocalDate today) {
        return status.isActive() && today.isAfter(dueDate);
    }

    /** Whether the owner still has to be told that the plan is overdue, for this due date. */
    boolean needsOverdueReminder(LocalDate today) {
        return isOverdue(today) && !dueDate.equals(overdueRemindedFor);
    }

    /** Whether the owner still has to be told that the plan is due tomorrow, for this due date. */
    boolean needsSoonReminder(LocalDate today) {
        return status.isActive()
                && today.plusDays(1).equals(dueDate)
                && !dueDate.equals(soonRemindedFor)
                && !dueDate.equals(overdueRemindedFor);
    }

    void markOverdueReminded() {
        overdueRemindedFor = dueDate;
    }

    void markSoonReminded() {
        soonRemindedFor = dueDate;
    }

    private void requireActive() {
        if (!status.isActive()) {
            throw new PlanRuleViolation("", "plans.error.finished");
        }
    }

    private static List<PlanProblem> textProblems(String problem, String measures) {
        var problems = new ArrayList<PlanProblem>();
        if (problem.isBlank()) {
            problems.add(new PlanProblem("problem", "plans.error.problemRequired"));
        } else if (problem.strip().length() > PROBLEM_LENGTH) {
            problems.add(new PlanProblem("problem", "plans.error.problemTooLong"));
        }
        if (measures.isBlank()) {
            problems.add(new PlanProblem("measures", "plans.error.measuresRequired"));
        } else if (measures.strip().length() > MEASURES_LENGTH) {
            problems.add(new PlanProblem("measures", "plans.error.measuresTooLong"));
        }
        return problems;
    }

    private static List<PlanProblem> dueProblems(@Nullable LocalDate due, LocalDate today) {
        if (due == null) {
            return List.of(new PlanProblem("due", "plans.error.dueRequired"));
        }
        if (due.isBefore(today)) {
            return List.of(new PlanProblem("due", "plans.error.duePast"));
        }
        if (due.isAfter(today.plusYears(2))) {
            return List.of(new PlanProblem("due", "plans.error.dueTooFar"));
        }
        return List.of();
    }

    private static String requiredNote(String note, String missingKey) {
        if (note.isBlank()) {
            throw new PlanRuleViolation("note", missingKey);
        }
        if (note.strip().length() > NOTE_LENGTH) {
            throw new PlanRuleViolation("note", "plans.error.noteTooLong");
        }
        return note.strip();
    }

    private void record(Instant now, Actor by, String action, String detail) {
        history.add(new PlanHistoryLine(history.size(), now, by, action, detail));
    }

    /** Who makes a change: their name as shown, and their staff id (null for the system). */
    public record Actor(String name, @Nullable UUID staffId) {}

    /** The member of staff responsible for a plan. */
    public record Owner(UUID staffId, String name) {}

    public UUID storeId() {
        return storeId;
    }

    public PlanSubject subject() {
        return new PlanSubject(subjectKind, subjectCode, Factor.ofCode(subjectFactor));
    }

    public String problem() {
        return problem;
    }

    public String measures() {
        return measures;
    }

    public UUID ownerStaffId() {
        return ownerStaffId;
    }

    public String ownerName() {
        return ownerName;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public PlanStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public @Nullable Instant startedAt() {
        return startedAt;
    }

    public @Nullable Instant finishedAt() {
        return finishedAt;
    }

    public @Nullable String resultNote() {
        return resultNote;
    }

    public List<PlanHistoryLine> history() {
        return Collections.unmodifiableList(history);
    }
}
