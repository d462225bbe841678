/** Following for the public: the follow form, the confirmation and manage pages, one-click unsubscribe, and the digests' letters and job. */
package eu.cinema.follow.web;
