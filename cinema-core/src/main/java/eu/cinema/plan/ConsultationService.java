package eu.cinema.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.CurrentUser;
import eu.cinema.account.PortalUser;
import eu.cinema.common.Digests;
import eu.cinema.common.NotFoundException;
import eu.cinema.common.Refusals;
import eu.cinema.common.StateConflictException;

/**
 * Public consultation on draft plans. The plan's editors open a consultation on their draft (which freezes it), moderate
 * and answer the comments; anyone comments and supports actions while it is open, and reads comments and answers
 * for good afterwards. Every rule is checked here, by id.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationService {

    /** Markup is refused rather than escaped, so that nobody reads a comment that meant to be something else. */
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!?]");

    private final ConsultationRepository consultations;
    private final ConsultationCommentRepository comments;
    private final CommentAnswerRepository answers;
    private final PlanService plans;
    private final PlanVersionRepository versions;
    private final PlanPermissions permissions;
    private final JdbcClient jdbc;

    ConsultationService(ConsultationRepository consultations, ConsultationCommentRepository comments,
            CommentAnswerRepository answers, PlanService plans, PlanVersionRepository versions, PlanPermissions permissions,
            JdbcClient jdbc) {
        this.consultations = consultations;
        this.comments = comments;
        this.answers = answers;
        this.plans = plans;
        this.versions = versions;
        this.permissions = permissions;
        this.jdbc = jdbc;
    }

    /** The portal's day, as for milestones and reports: UTC's. Consultations open and close on it. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The plan's newest consultation that the visitor may see: a started one, or for its editors a scheduled one too. */
    public Optional<Consultation> latest(long planId) {
        return latest(plans.plan(planId));
    }

    public Optional<Consultation> latest(ActionPlan plan) {
        boolean editor = permissions.mayEdit(plan);
        return consultations.findByPlan(plan.getId()).stream().filter(c -> editor || c.hasStarted(today())).findFirst();
    }

    /** Consultations open today, for the list of plans. */
    public List<Consultation> openNow() {
        return consultations.findOpen(today());
    }

    /** The page of the plan's newest consultation, with everything published on it. */
    public ConsultationView view(long planId) {
        Consultation consultation = latest(planId).orElseThrow(() -> new NotFoundException("consultation of plan", planId));
        PlanVersion version = plans.version(planId, consultation.getPlanVersion().getNumber());
        List<ConsultationComment> published = comments.findByConsultationIdAndStateOrderByCreatedAtAscIdAsc(
                consultation.getId(), CommentState.PUBLISHED);
        Map<String, List<ConsultationComment>> byTarget = published.stream().collect(Collectors.groupingBy(
                c -> ConsultationView.key(c.getSection(), c.getPlanAction()), LinkedHashMap::new, Collectors.toList()));
        LocalDate today = today();
        return new ConsultationView(consultation, version, consultation.hasStarted(today), consultation.hasEnded(today),
                consultation.daysLeft(today), byTarget,
                answers.findByConsultationIdOrderByIdAsc(consultation.getId()), supportsByAction(version));
    }

    /** Opens a consultation on the plan's draft, which is frozen from now on; a new draft may be started beside it. */
    @Transactional
    public Consultation open(long planId, int number, long expectedVersion, ConsultationDetails details) {
        PlanVersion draft = plans.draftForChange(planId, number, expectedVersion);
        Consultation.check(details, today(), null);
        if (consultations.existsUnendedForPlan(planId, today())) {
            throw new PlanRuleException("consultation.error.another", null);
        }
        draft.openForConsultation();
        versions.saveAndFlush(draft);
        return consultations.saveAndFlush(new Consultation(draft, details, today()));
    }

    @Transactional
    public Consultation change(long planId, long consultationId, long expectedVersion, ConsultationDetails details) {
        Consultation consultation = forEditing(planId, consultationId, expectedVersion);
        consultation.change(details, today());
        return consultations.saveAndFlush(consultation);
    }

    @Transactional
    public Consultation closeNow(long planId, long consultationId, long expectedVersion) {
        Consultation consultation = forEditing(planId, consultationId, expectedVersion);
        consultation.closeNow(today());
        return consultations.saveAndFlush(consultation);
    }

    /** One person's comment; published at once under post-moderation, otherwise waiting for the editors. */
    @Transactional
    public ConsultationComment comment(long planId, CommentDraft draft) {
        Consultation consultation = openConsultation(planId);
        check(draft);
        CommentTarget target = target(consultation, draft.about());
        CommentDraft tidy = new CommentDraft(draft.about(), blankToNull(draft.authorName()),
                draft.email() == null || draft.email().isBlank() ? null : draft.email().strip().toLowerCase(Locale.ROOT),
                draft.text().strip(), draft.lang());
        return comments.saveAndFlush(new ConsultationComment(consultation, target, tidy, Instant.now()));
    }

    /** The rules for a comment's words, all reported at once. */
    public static void check(CommentDraft draft) {
        String text = draft.text() == null ? "" : draft.text().strip();
        new Refusals()
                .when(text.isEmpty(), () -> new PlanRuleException("consultation.error.textRequired", "text"))
                .when(text.length() > ConsultationComment.TEXT_LENGTH,
                        () -> new PlanRuleException("consultation.error.textLength", "text", ConsultationComment.TEXT_LENGTH))
                .when(MARKUP.matcher(text).find() || (draft.authorName() != null && MARKUP.matcher(draft.authorName()).find()),
                        () -> new PlanRuleException("consultation.error.markup", "text"))
                .when(draft.authorName() != null && draft.authorName().strip().length() > ConsultationComment.NAME_LENGTH,
                        () -> new PlanRuleException("consultation.error.nameLength", "authorName", ConsultationComment.NAME_LENGTH))
                .throwIfAny();
    }

    /**
     * Counts one support of an action by one device (its cookie's value, kept only as a digest); a second support by the
     * same device is refused.
     */
    @Transactional
    public long support(long planId, long actionId, String deviceToken) {
        Consultation consultation = openConsultation(planId);
        PlanAction action = actionOf(consultation, actionId);
        int added = jdbc.sql("INSERT INTO plan_support (plan_action_id, supporter) VALUES (:action, :supporter) ON CONFLICT DO NOTHING")
                .param("action", action.getId()).param("supporter", Digests.sha256(deviceToken)).update();
        if (added == 0) {
            throw new StateConflictException("consultation.error.supportedTwice");
        }
        return jdbc.sql("SELECT count(*) FROM plan_support WHERE plan_action_id = :action").param("action", action.getId())
                .query(Long.class).single();
    }

    /** Anyone may point the editors at a published comment that breaks the rules. */
    @Transactional
    public void report(long planId, long commentId) {
        ConsultationComment comment = commentOf(planId, commentId);
        comment.report();
        comments.save(comment);
    }

    /** What waits for the plan's editors in their newest consultation: new comments and reported ones. */
    public List<ConsultationComment> waiting(long planId) {
        return latestForEditing(planId).map(c -> comments.findWaiting(c.getId())).orElse(List.of());
    }

    /** The published comments of the newest consultation, newest first, for the editors to answer. */
    public List<ConsultationComment> publishedForEditors(long planId) {
        return latestForEditing(planId)
                .map(c -> comments.findByConsultationIdAndStateOrderByCreatedAtDescIdDesc(c.getId(), CommentState.PUBLISHED))
                .orElse(List.of());
    }

    /** Per plan, how many comments wait for the signed-in editor (all plans for an administrator), for their start page. */
    public List<WaitingComments> waitingForMe() {
        PortalUser user = CurrentUser.require();
        if (!permissions.mayCreate()) {
            return List.of();
        }
        return comments.countWaiting(user.isAdmin() ? null : user.getPartnerId());
    }

    @Transactional
    public ConsultationComment publish(long planId, long commentId, long expectedVersion) {
        ConsultationComment comment = moderated(planId, commentId, expectedVersion);
        comment.publish(Instant.now());
        return comments.saveAndFlush(comment);
    }

    @Transactional
    public ConsultationComment reject(long planId, long commentId, long expectedVersion, String reason) {
        String why = reason == null ? "" : reason.strip();
        new Refusals()
                .when(why.isEmpty(), () -> new PlanRuleException("consultation.error.reasonRequired", "reason"))
                .when(why.length() > ConsultationComment.REASON_LENGTH,
                        () -> new PlanRuleException("consultation.error.reasonLength", "reason", ConsultationComment.REASON_LENGTH))
                .throwIfAny();
        ConsultationComment comment = moderated(planId, commentId, expectedVersion);
        comment.reject(why, Instant.now());
        return comments.saveAndFlush(comment);
    }

    /** A reported comment read again and kept public. */
    @Transactional
    public ConsultationComment keep(long planId, long commentId, long expectedVersion) {
        ConsultationComment comment = moderated(planId, commentId, expectedVersion);
        comment.keep(Instant.now());
        return comments.saveAndFlush(comment);
    }

    /**
     * One answer to a group of published comments, optionally about one action of the consulted version; returns whom to
     * tell about it (those who left an address).
     */
    @Transactional
    public List<AnswerNotice> answer(long planId, Collection<Long> commentIds, Long actionId, AnswerOutcome outcome, String text) {
        Consultation consultation = latestForEditing(planId).orElseThrow(() -> new NotFoundException("consultation of plan", planId));
        String why = text == null ? "" : text.strip();
        new Refusals()
                .when(commentIds == null || commentIds.isEmpty(), () -> new PlanRuleException("consultation.error.answerNoComment", "commentIds"))
                .when(outcome == null, () -> new PlanRuleException("consultation.error.outcomeRequired", "outcome"))
                .when(why.isEmpty(), () -> new PlanRuleException("consultation.error.answerRequired", "text"))
                .when(why.length() > CommentAnswer.TEXT_LENGTH,
                        () -> new PlanRuleException("consultation.error.answerLength", "text", CommentAnswer.TEXT_LENGTH))
                .when(MARKUP.matcher(why).find(), () -> new PlanRuleException("consultation.error.markup", "text"))
                .throwIfAny();
        List<ConsultationComment> answered = comments.findByConsultationIdAndIdIn(consultation.getId(), commentIds);
        if (answered.size() != commentIds.size()) {
            throw new PlanRuleException("consultation.error.answerNoComment", "commentIds");
        }
        PlanAction action = actionId == null ? null : actionOf(consultation, actionId);
        CommentAnswer answer = answers.save(new CommentAnswer(consultation, action, outcome, why));
        answered.forEach(comment -> comment.answerWith(answer));
        comments.saveAllAndFlush(answered);
        return answered.stream().filter(ConsultationComment::isWaitingForAnswerByMail)
                .map(comment -> new AnswerNotice(comment.getEmail(), comment.getLang(), comment.getText(), answer)).toList();
    }

    /** What a version's page says of consultations: the plan's consultation open today, and the report the version answers. */
    public Around around(PlanVersion shown) {
        List<Consultation> all = consultations.findByPlan(shown.getPlan().getId());
        LocalDate today = today();
        return new Around(all.stream().filter(c -> c.isOpen(today)).findFirst().orElse(null), reportFor(shown, all).orElse(null));
    }

    /** The consultation report of each published version that has one, with one query for all their plans' consultations. */
    public Map<Long, ConsultationReport> reportsFor(List<PlanVersion> shown) {
        Map<Long, List<Consultation>> byPlan = consultations.findByPlanIn(shown.stream().map(v -> v.getPlan().getId()).toList())
                .stream().collect(Collectors.groupingBy(c -> c.getPlanVersion().getPlan().getId()));
        Map<Long, ConsultationReport> reports = new LinkedHashMap<>();
        for (PlanVersion version : shown) {
            reportFor(version, byPlan.getOrDefault(version.getPlan().getId(), List.of()))
                    .ifPresent(report -> reports.put(version.getId(), report));
        }
        return reports;
    }

    public Optional<ConsultationReport> reportFor(PlanVersion shown) {
        return reportFor(shown, consultations.findByPlan(shown.getPlan().getId()));
    }

    /**
     * The consultation report shown with a public version: that of the newest ended consultation on an earlier version
     * ({@code planConsultations}, newest first), when no other version was published in between (the report belongs to
     * the version that answered it).
     */
    private Optional<ConsultationReport> reportFor(PlanVersion shown, List<Consultation> planConsultations) {
        if (!shown.isPublic()) {
            return Optional.empty();
        }
        return planConsultations.stream()
                .filter(c -> c.getPlanVersion().getNumber() < shown.getNumber() && c.hasEnded(today()))
                .findFirst()
                .filter(c -> !versions.existsPublicBetween(shown.getPlan().getId(), c.getPlanVersion().getNumber(), shown.getNumber()))
                .map(c -> report(c, shown.getNumber()));
    }

    /** The plan's consultation open today, if any, and the consultation report the shown version answers, if any. */
    public record Around(Consultation open, ConsultationReport report) {
    }

    private ConsultationReport report(Consultation consultation, int publishedNumber) {
        PlanVersion consulted = versions.findByPlanIdAndNumber(consultation.getPlanVersion().getPlan().getId(),
                consultation.getPlanVersion().getNumber()).orElseThrow();
        List<ConsultationComment> published = comments.findByConsultationIdAndStateOrderByCreatedAtAscIdAsc(
                consultation.getId(), CommentState.PUBLISHED);
        Map<Long, Long> supports = supportsByAction(consulted);
        Map<String, Long> byTarget = published.stream().collect(Collectors.groupingBy(
                c -> ConsultationView.key(c.getSection(), c.getPlanAction()), Collectors.counting()));
        List<ConsultationReport.Row> rows = new ArrayList<>();
        rows.add(new ConsultationReport.Row(null, null, byTarget.getOrDefault(ConsultationView.WHOLE_PLAN, 0L), 0));
        for (PlanSection section : PlanSection.values()) {
            long count = byTarget.getOrDefault(ConsultationView.key(section, null), 0L);
            if (count > 0) {
                rows.add(new ConsultationReport.Row(section, null, count, 0));
            }
        }
        for (PlanAction action : consulted.getActions()) {
            rows.add(new ConsultationReport.Row(null, action, byTarget.getOrDefault(ConsultationView.key(null, action), 0L),
                    supports.getOrDefault(action.getId(), 0L)));
        }
        Map<Long, Long> perAnswer = published.stream().filter(c -> c.getAnswer() != null)
                .collect(Collectors.groupingBy(c -> c.getAnswer().getId(), Collectors.counting()));
        List<ConsultationReport.Answered> answered = answers.findByConsultationIdOrderByIdAsc(consultation.getId()).stream()
                .map(a -> new ConsultationReport.Answered(a, perAnswer.getOrDefault(a.getId(), 0L))).toList();
        long commenters = published.stream().map(c -> c.getEmail() != null ? c.getEmail() : "#" + c.getId()).distinct().count();
        long supporters = jdbc.sql("""
                SELECT count(DISTINCT s.supporter) FROM plan_support s JOIN plan_action a ON a.id = s.plan_action_id
                WHERE a.plan_version_id = :version""").param("version", consulted.getId()).query(Long.class).single();
        return new ConsultationReport(consultation, consulted.getNumber(), publishedNumber, published.size(), commenters,
                supports.values().stream().mapToLong(Long::longValue).sum(), supporters, rows, answered);
    }

    private Map<Long, Long> supportsByAction(PlanVersion version) {
        return jdbc.sql("""
                SELECT s.plan_action_id, count(*) FROM plan_support s JOIN plan_action a ON a.id = s.plan_action_id
                WHERE a.plan_version_id = :version GROUP BY s.plan_action_id""").param("version", version.getId())
                .query((row, n) -> Map.entry(row.getLong(1), row.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Consultation openConsultation(long planId) {
        Consultation consultation = latest(planId).orElseThrow(() -> new NotFoundException("consultation of plan", planId));
        if (!consultation.isOpen(today())) {
            throw new StateConflictException(consultation.hasEnded(today()) ? "consultation.error.closed" : "consultation.error.notYetOpen");
        }
        return consultation;
    }

    private Optional<Consultation> latestForEditing(long planId) {
        permissions.requireEdit(plans.plan(planId));
        return consultations.findByPlan(planId).stream().findFirst();
    }

    private Consultation forEditing(long planId, long consultationId, long expectedVersion) {
        permissions.requireEdit(plans.plan(planId));
        Consultation consultation = consultations.findById(consultationId)
                .filter(c -> c.getPlanVersion().getPlan().getId() == planId)
                .orElseThrow(() -> new NotFoundException("consultation", consultationId));
        consultation.requireVersion(expectedVersion);
        return consultation;
    }

    private ConsultationComment commentOf(long planId, long commentId) {
        return comments.findById(commentId)
                .filter(c -> c.getConsultation().getPlanVersion().getPlan().getId() == planId)
                .orElseThrow(() -> new NotFoundException("comment", commentId));
    }

    private ConsultationComment moderated(long planId, long commentId, long expectedVersion) {
        permissions.requireEdit(plans.plan(planId));
        ConsultationComment comment = commentOf(planId, commentId);
        comment.requireVersion(expectedVersion);
        return comment;
    }

    /** What a comment is about, parsed from the form's choice and checked against the consulted version. */
    private CommentTarget target(Consultation consultation, String about) {
        if (about == null || about.isBlank() || about.equals(ConsultationView.WHOLE_PLAN)) {
            return new CommentTarget(null, null);
        }
        if (about.startsWith("section-")) {
            PlanSection section = parse(about.substring("section-".length()), PlanSection::valueOf);
            if (!consultation.getPlanVersion().has(section)) {
                throw new PlanRuleException("consultation.error.about", "about");
            }
            return new CommentTarget(section, null);
        }
        if (about.startsWith("action-")) {
            return new CommentTarget(null, actionOf(consultation, parse(about.substring("action-".length()), Long::valueOf)));
        }
        throw new PlanRuleException("consultation.error.about", "about");
    }

    private static <T> T parse(String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException unknown) {
            throw new PlanRuleException("consultation.error.about", "about");
        }
    }

    private PlanAction actionOf(Consultation consultation, long actionId) {
        return consultation.getPlanVersion().getActions().stream().filter(a -> a.getId() == actionId).findFirst()
                .orElseThrow(() -> new PlanRuleException("consultation.error.about", "about"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Someone to tell about an answer: their address, the language they wrote in, what they said and the answer. */
    public record AnswerNotice(String email, String lang, String comment, CommentAnswer answer) {
    }
}
