/**
 * One person's data across the portal (GDPR): every module that keeps personal data contributes a
 * {@link eu.cinema.privacy.PersonalDataHolder}; administrators export or erase a person's data by e-mail.
 */
package eu.cinema.privacy;
