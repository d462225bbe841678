/** Documents the pages hand out beside HTML: PDF reports and Atom feeds. */
@NamedInterface("rendering")
package eu.cinema.web.rendering;

import org.springframework.modulith.NamedInterface;
