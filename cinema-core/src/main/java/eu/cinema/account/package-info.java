/** People who sign in: their accounts, roles and organisation, and the rules for passwords. */
package eu.cinema.account;
