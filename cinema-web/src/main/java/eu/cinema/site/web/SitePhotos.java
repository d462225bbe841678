package eu.cinema.site.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import eu.cinema.common.NotFoundException;
import eu.cinema.site.Site;
import eu.cinema.storage.FileStorage;
import eu.cinema.storage.StoredFile;

/** A site's photo as a response: its sniffed type, an inline disposition, never cached as public. */
final class SitePhotos {

    private SitePhotos() {
    }

    static ResponseEntity<byte[]> response(FileStorage files, Site site, int index) {
        if (index < 0 || index >= site.getPhotoIds().size()) {
            throw new NotFoundException("photo", index);
        }
        StoredFile file = files.find(site.getPhotoIds().get(index)).orElseThrow(() -> new NotFoundException("photo", index));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file.getFilename()).build().toString())
                .cacheControl(CacheControl.noCache())
                .body(file.getContent());
    }
}
