package eu.cinema.plan;

import java.util.List;
import java.util.Map;

/**
 * A consultation as its page shows it: the consulted version, whether it has started or ended (one takes part in between), the published
 * comments by what they are about ({@link #key}), the answers, and the supports of each action.
 */
public record ConsultationView(Consultation consultation, PlanVersion version, boolean started, boolean ended, long daysLeft,
        Map<String, List<ConsultationComment>> commentsByTarget, List<CommentAnswer> answers, Map<Long, Long> supports) {

    public static final String WHOLE_PLAN = "plan";

    /** The key of what a comment is about: {@code plan}, {@code section-CONTEXT} or {@code action-12}. */
    public static String key(PlanSection section, PlanAction action) {
        return action != null ? "action-" + action.getId() : section != null ? "section-" + section.name() : WHOLE_PLAN;
    }

    /** Whether one may comment and support today. */
    public boolean open() {
        return started && !ended;
    }

    public List<ConsultationComment> commentsOn(String key) {
        return commentsByTarget.getOrDefault(key, List.of());
    }

    public long supportsOf(PlanAction action) {
        return supports.getOrDefault(action.getId(), 0L);
    }

    public long commentCount() {
        return commentsByTarget.values().stream().mapToLong(List::size).sum();
    }

    /** The comments one answer replies to, in the order they were written. */
    public List<ConsultationComment> answered(CommentAnswer answer) {
        return commentsByTarget.values().stream().flatMap(List::stream)
                .filter(comment -> comment.getAnswer() != null && comment.getAnswer().getId().equals(answer.getId()))
                .toList();
    }
}
