package eu.cinema.site;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import eu.cinema.account.CurrentUser;
import eu.cinema.account.PortalUser;
import eu.cinema.translation.OriginalText;
import eu.cinema.translation.TranslatableContent;
import eu.cinema.translation.TranslatableItem;
import eu.cinema.translation.TranslationFiles;

/**
 * A site's description for translators and readers (its name is a name). Its organisation's editors translate it. Sites
 * are the one kind with very many items (an import brings 100,000): a translator's file holds the first
 * {@value TranslationFiles#MAX_ROWS} of the organisation's described sites, read as records rather than entities.
 */
@Component
public class SiteTranslations implements TranslatableContent {

    public static final String TYPE = "site";
    private static final int DESCRIPTION_LENGTH = 10_000;

    private final SiteRepository sites;
    private final SitePermissions permissions;

    SiteTranslations(SiteRepository sites, SitePermissions permissions) {
        this.sites = sites;
        this.permissions = permissions;
    }

    public static List<OriginalText> texts(Site site) {
        return List.of(description(site.getDescription(), site.getDescriptionLang()));
    }

    private static OriginalText description(String text, String lang) {
        return OriginalText.paragraph("description", text, lang, DESCRIPTION_LENGTH);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<TranslatableItem> find(long id) {
        return sites.findWithOwnerById(id).filter(site -> site.isPublic() || permissions.mayEdit(site))
                .map(site -> new TranslatableItem(TYPE, site.getId(), site.getName(), "/sites/" + site.getId(), texts(site),
                        permissions.mayEdit(site)));
    }

    @Override
    public List<TranslatableItem> translatable() {
        Optional<PortalUser> user = CurrentUser.get();
        if (user.isEmpty() || (!user.get().isAdmin() && user.get().getPartnerId() == null)) {
            return List.of();
        }
        Long owner = user.get().isAdmin() ? null : user.get().getPartnerId();
        return sites.findDescribed(owner, Limit.of(TranslationFiles.MAX_ROWS)).stream()
                .map(site -> new TranslatableItem(TYPE, site.id(), site.name(), "/sites/" + site.id(),
                        List.of(description(site.description(), site.descriptionLang())), true))
                .toList();
    }
}
