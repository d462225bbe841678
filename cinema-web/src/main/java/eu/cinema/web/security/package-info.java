/** Sign-in, the URL rules, the security headers, and the limits on how often one address may try things. */
@NamedInterface("security")
package eu.cinema.web.security;

import org.springframework.modulith.NamedInterface;
