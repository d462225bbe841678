package eu.cinema.toolkit;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.CurrentUser;
import eu.cinema.account.Organisations;
import eu.cinema.account.PortalUser;
import eu.cinema.common.NotFoundException;
import eu.cinema.partner.Partner;
import eu.cinema.partner.PartnerRepository;
import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.region.City;
import eu.cinema.region.CityRepository;
import eu.cinema.storage.FileKind;
import eu.cinema.storage.FileStorage;
import eu.cinema.storage.StoredFile;

/**
 * The toolkit. The public reads published tool cards; administrators and the editors of the
 * developing partner write them; editors of partners whose pilots used a tool rate it.
 */
@Service
@Transactional(readOnly = true)
public class ToolService {

    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    private static final Set<FileKind> IMAGES = Set.of(FileKind.JPEG, FileKind.PNG, FileKind.WEBP);
    private static final Set<FileKind> DOWNLOADS = Set.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG, FileKind.WEBP);

    private final ToolCardRepository tools;
    private final ToolRatingRepository ratings;
    private final PartnerRepository partners;
    private final CityRepository cities;
    private final PilotRepository pilots;
    private final FileStorage files;
    private final Organisations organisations;
    private final ToolPermissions permissions;

    ToolService(ToolCardRepository tools, ToolRatingRepository ratings, PartnerRepository partners, CityRepository cities,
            PilotRepository pilots, FileStorage files, Organisations organisations, ToolPermissions permissions) {
        this.tools = tools;
        this.ratings = ratings;
        this.partners = partners;
        this.cities = cities;
        this.pilots = pilots;
        this.files = files;
        this.organisations = organisations;
        this.permissions = permissions;
    }

    /** Published tools, and for editors also the unpublished ones they may edit; the catalogue holds dozens. */
    public List<ToolCard> find(ToolFilter filter) {
        return tools.findAllByOrderByTitleAsc().stream()
                .filter(tool -> tool.isPublished() || permissions.mayEdit(tool))
                .filter(filter::matches)
                .toList();
    }

    public Map<Long, ToolRatingSummary> ratingSummaries() {
        Map<Long, ToolRatingSummary> summaries = new HashMap<>();
        for (ToolRatingRepository.ToolSummary row : ratings.summaries()) {
            summaries.put(row.toolId(), new ToolRatingSummary(row.averageStars(), row.count()));
        }
        return summaries;
    }

    public ToolRatingSummary ratingSummary(long toolId) {
        return ratingSummaries().getOrDefault(toolId, ToolRatingSummary.NONE);
    }

    public List<ToolRating> ratingsOf(long toolId) {
        return ratings.findByToolIdOrderByUpdatedAtDesc(toolId);
    }

    /** A tool card with everything its page shows; an unpublished one only for those who may edit it. */
    /** The published tools a partner developed, for its page. */
    public List<ToolCard> publishedBy(long partnerId) {
        return tools.findAllByOrderByTitleAsc().stream()
                .filter(tool -> tool.isPublished() && tool.getDeveloperPartner().getId() == partnerId)
                .toList();
    }

    /** How many tool cards the public sees, for the portal's figures. */
    public long countPublished() {
        return tools.countByPublishedTrue();
    }

    public ToolCard get(long id) {
        ToolCard tool = tools.findDetailedById(id)
                .filter(t -> t.isPublished() || permissions.mayEdit(t))
                .orElseThrow(() -> new NotFoundException("tool", id));
        Hibernate.initialize(tool.getDeveloperPartner().getCity());
        tool.getSteps();
        tool.getFiles();
        tool.getTargetGroups();
        tool.getPilots().forEach(pilot -> pilot.getParticipants().size());
        return tool;
    }

    public Optional<ToolRating> myRating(long toolId) {
        return CurrentUser.get().flatMap(user -> ratings.findByToolIdAndAccountId(toolId, user.getAccountId()));
    }

    public ToolCard getForEditing(long id) {
        ToolCard tool = get(id);
        permissions.requireEdit(tool);
        return tool;
    }

    @Transactional
    public ToolCard create(ToolDetails details) {
        permissions.requireCreate();
        ToolCard tool = ToolCard.developedBy(developer(organisations.ownerIdFor(details.developerPartnerId()).orElse(null)));
        apply(tool, details);
        return tools.save(tool);
    }

    @Transactional
    public ToolCard update(long id, long expectedVersion, ToolDetails details) {
        ToolCard tool = getForEditing(id);
        tool.requireVersion(expectedVersion);
        if (CurrentUser.require().isAdmin() && details.developerPartnerId() != null) {
            tool.reassign(developer(details.developerPartnerId()));
        }
        apply(tool, details);
        return tools.saveAndFlush(tool);
    }

    @Transactional
    public void addFile(long id, ToolFileRole role, String label, String filename, byte[] content) {
        ToolCard tool = getForEditing(id);
        StoredFile stored = files.store("file", filename, content, role == ToolFileRole.DOWNLOAD ? DOWNLOADS : IMAGES, MAX_FILE_BYTES);
        tool.addFile(stored.getId(), role, label == null || label.isBlank() ? filename : label.strip());
        tools.saveAndFlush(tool);
    }

    @Transactional
    public void removeFile(long id, UUID fileId) {
        ToolCard tool = getForEditing(id);
        tool.removeFile(fileId);
        tools.saveAndFlush(tool);
    }

    /** A file of a visible tool card; files not on the card are not found, whatever their id. */
    public StoredFile file(long id, UUID fileId) {
        ToolCard tool = get(id);
        if (tool.getFiles().stream().noneMatch(file -> file.getFileId().equals(fileId))) {
            throw new NotFoundException("tool file", fileId);
        }
        return files.find(fileId).orElseThrow(() -> new NotFoundException("tool file", fileId));
    }

    @Transactional
    public ToolRating rate(long id, int stars, String comment) {
        ToolCard tool = get(id);
        permissions.requireRate(tool);
        PortalUser user = CurrentUser.require();
        ToolRating rating = ratings.findByToolIdAndAccountId(id, user.getAccountId())
                .orElseGet(() -> new ToolRating(tool, user.getAccountId()));
        rating.rate(stars, comment, partners.findById(user.getPartnerId()).map(Partner::getNameEn).orElse(null));
        return ratings.saveAndFlush(rating);
    }

    /** The pilots the signed-in person may name as having used {@code tool} (null: a new card), by title. */
    @Transactional(readOnly = true)
    public List<Pilot> pilotChoices(ToolCard tool) {
        return pilots.findAll().stream().filter(pilot -> permissions.mayClaimUse(pilot, tool))
                .sorted(Comparator.comparing(Pilot::getTitle)).toList();
    }

    private Partner developer(Long partnerId) {
        return (partnerId == null ? Optional.<Partner>empty() : partners.findById(partnerId))
                .orElseThrow(() -> new ToolRuleException("tool.error.developer", "developerPartnerId"));
    }

    private void apply(ToolCard tool, ToolDetails details) {
        City city = details.developedInCityId() == null ? null
                : cities.findById(details.developedInCityId()).orElseThrow(() -> new ToolRuleException("tool.error.city", "developedInCityId"));
        List<Pilot> usedIn = pilots.findAllById(details.pilotIds());
        if (usedIn.stream().anyMatch(pilot -> !permissions.mayClaimUse(pilot, tool))) {
            throw new ToolRuleException("tool.error.pilotNotOwn", "pilotIds");
        }
        tool.apply(details, city, new HashSet<>(usedIn));
    }
}
