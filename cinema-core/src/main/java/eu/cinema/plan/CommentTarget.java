package eu.cinema.plan;

/** What a comment is about: the whole plan (both null), one section of its text, or one of its actions. */
record CommentTarget(PlanSection section, PlanAction action) {
}
