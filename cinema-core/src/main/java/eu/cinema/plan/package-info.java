/**
 * Local action plans: a municipality drafts its plan, publishes it, and edits it again only as a
 * new draft version; a published version never changes and stays readable once superseded.
 */
package eu.cinema.plan;
