/** The interface languages: which exist, how a visitor picks one, messages with plural rules, dates in the visitor's style. */
@NamedInterface("i18n")
package eu.cinema.web.i18n;

import org.springframework.modulith.NamedInterface;
