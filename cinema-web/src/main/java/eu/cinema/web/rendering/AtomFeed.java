package eu.cinema.web.rendering;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes an Atom (RFC 4287) feed. The StAX writer escapes every text, so whatever people wrote
 * cannot break out of the XML. Feeds are open data: readers poll them, so the answer carries an ETag
 * of its content and the time of its newest entry, and a current copy gets 304 Not Modified.
 */
public final class AtomFeed {

    private static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final Duration LIFETIME = Duration.ofMinutes(1);

    /** One entry; {@code content} is plain text in the language {@code contentLang}. */
    public record Entry(String id, String title, Instant updated, Instant published, String link, String author,
            String content, String contentLang) {
    }

    private AtomFeed() {
    }

    /** The feed as an answer with its validators; Spring answers 304 itself when the client's copy is current. */
    public static ResponseEntity<String> response(String title, String selfUrl, String alternateUrl, List<Entry> entries) {
        String feed = write(title, selfUrl, alternateUrl, entries);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(MEDIA_TYPE)
                .eTag("W/\"" + Integer.toHexString(feed.hashCode()) + "\"")
                .cacheControl(CacheControl.maxAge(LIFETIME).cachePublic())
                // The title and the content's language follow the reader's language, from the header or the cookie.
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE);
        entries.stream().map(Entry::updated).max(Instant::compareTo).ifPresent(newest -> answer.lastModified(newest));
        return answer.body(feed);
    }

    static String write(String title, String selfUrl, String alternateUrl, List<Entry> entries) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(xml, "title", title);
            element(xml, "id", selfUrl);
            link(xml, selfUrl, "self");
            link(xml, alternateUrl, "alternate");
            element(xml, "updated", entries.stream().map(Entry::updated).max(Instant::compareTo)
                    .map(DateTimeFormatter.ISO_INSTANT::format).orElse("1970-01-01T00:00:00Z"));
            for (Entry entry : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", entry.id());
                element(xml, "title", entry.title());
                element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(entry.updated()));
                element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(entry.published()));
                link(xml, entry.link(), "alternate");
                xml.writeStartElement("author");
                element(xml, "name", entry.author());
                xml.writeEndElement();
                xml.writeStartElement("content");
                xml.writeAttribute("type", "text");
                if (entry.contentLang() != null) {
                    xml.writeAttribute("xml:lang", entry.contentLang());
                }
                xml.writeCharacters(entry.content() == null ? "" : entry.content());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("href", href);
        xml.writeAttribute("rel", rel);
    }
}
