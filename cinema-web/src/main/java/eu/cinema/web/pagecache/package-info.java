/** The anonymous page cache: public pages kept briefly per instance, emptied on every instance by a signed-in change. */
package eu.cinema.web.pagecache;
