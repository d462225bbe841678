/** What every page shares: security, languages, the layout's model and error handling. */
package eu.cinema.web;
