package eu.cinema.translation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContentTranslationRepository extends JpaRepository<ContentTranslation, Long> {

    List<ContentTranslation> findByContentType(String contentType);

    List<ContentTranslation> findByContentTypeAndContentIdInAndLang(String contentType, Collection<Long> contentIds, String lang);

}
