package org.aftercare.desk;

/** A knowledge-base article as an editor submits it; {@code body} is plain text with blank lines between paragraphs. */
public record ArticleDraft(Intent intent, String language, String title, String body) {
}
