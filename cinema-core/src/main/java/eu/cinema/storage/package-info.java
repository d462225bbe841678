/** Uploaded files (photos, evidence, attachments) behind one interface, checked before they are kept. */
package eu.cinema.storage;
