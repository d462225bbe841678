/**
 * One person's data across the portal (GDPR): every module that keeps personal data contributes a
 * {@link eu.cinema.privacy.PersonalDataHolder}; administrators export or erase a person's data by e-mail,
 * and each holder's retention period is applied to everybody's data by a daily job.
 */
package eu.cinema.privacy;
