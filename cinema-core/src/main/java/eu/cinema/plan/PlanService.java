package eu.cinema.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.hibernate.Hibernate;
import org.locationtech.jts.geom.Point;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.CurrentUser;
import eu.cinema.account.Organisations;
import eu.cinema.account.PortalUser;
import eu.cinema.common.Geometries;
import eu.cinema.common.NotFoundException;
import eu.cinema.common.StateConflictException;
import eu.cinema.partner.HelixSegment;
import eu.cinema.partner.Partner;
import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.region.City;
import eu.cinema.region.CityRepository;
import eu.cinema.site.Site;
import eu.cinema.site.SiteRepository;

/**
 * Local action plans. The public reads published and superseded versions; the municipality
 * editors of the owning organisation and administrators write drafts and publish them. Every rule
 * is checked here, by id, whatever page or request asks.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private static final int FEED_SIZE = 20;
    private static final int SITE_CHOICES = 200;

    private final ActionPlanRepository plans;
    private final PlanVersionRepository versions;
    private final PlanActionRepository actions;
    private final Organisations organisations;
    private final PlanPermissions permissions;
    private final CityRepository cities;
    private final SiteRepository sites;
    private final PilotRepository pilots;
    private final ConsultationRepository consultations;
    private final EntityManager entityManager;

    PlanService(ActionPlanRepository plans, PlanVersionRepository versions, PlanActionRepository actions,
            Organisations organisations, PlanPermissions permissions, CityRepository cities, SiteRepository sites,
            PilotRepository pilots, ConsultationRepository consultations, EntityManager entityManager) {
        this.plans = plans;
        this.versions = versions;
        this.actions = actions;
        this.organisations = organisations;
        this.permissions = permissions;
        this.cities = cities;
        this.sites = sites;
        this.pilots = pilots;
        this.consultations = consultations;
        this.entityManager = entityManager;
    }

    /** The published plans a partner owns, for its page. */
    public List<PlanVersion> publishedBy(long partnerId) {
        return versions.findAll(new PlanFilter(null, null, PlanState.PUBLISHED).toSpecification(null), PlanFilter.ORDER).stream()
                .filter(version -> version.getPlan().getOwnerPartner().getId() == partnerId)
                .toList();
    }

    /** Published versions, or for a signed-in editor who asks, the drafts they may edit. */
    public List<PlanVersion> find(PlanFilter filter) {
        if (filter.state() == null || filter.state() == PlanState.PUBLISHED) {
            return versions.findAll(filter.toSpecification(null), PlanFilter.ORDER);
        }
        if (filter.state() != PlanState.DRAFT) {
            throw new PlanRuleException("plan.error.listState", "state");
        }
        if (!permissions.mayCreate()) {
            return List.of();
        }
        PortalUser user = CurrentUser.require();
        return versions.findAll(filter.toSpecification(user.isAdmin() ? null : user.getPartnerId()), PlanFilter.ORDER);
    }

    /** The plans of the signed-in editor's organisation, for their start page; an administrator's is empty. */
    public List<ActionPlan> ownPlans() {
        Long partnerId = CurrentUser.require().getPartnerId();
        return partnerId == null ? List.of() : plans.findByOwnerPartnerIdOrderByIdAsc(partnerId);
    }

    public ActionPlan plan(long id) {
        return plans.findDetailedById(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    /**
     * The version the public reads; for its editors, a plan never published yet shows its draft, and the public a plan
     * never published yet but under consultation its consulted version.
     */
    public PlanVersion shown(long planId) {
        ActionPlan plan = plan(planId);
        Optional<PlanVersion> shown = plan.published()
                .or(() -> permissions.mayEdit(plan) ? plan.draft() : Optional.empty())
                .or(() -> plan.getVersions().stream().filter(this::consultedInPublic).reduce((older, newer) -> newer));
        return loaded(shown.orElseThrow(() -> new NotFoundException("plan", planId)));
    }

    /** One version by its number; a draft, or a consultation not yet open, is found only by those who may edit it. */
    public PlanVersion version(long planId, int number) {
        PlanVersion version = versions.findByPlanIdAndNumber(planId, number)
                .filter(v -> v.isPublic() || consultedInPublic(v) || permissions.mayEdit(v.getPlan()))
                .orElseThrow(() -> new NotFoundException("plan version", planId + "/" + number));
        return loaded(version);
    }

    /** The versions the visitor may read, newest first. */
    public List<PlanVersion> versionsOf(long planId) {
        ActionPlan plan = plan(planId);
        boolean editor = permissions.mayEdit(plan);
        return plan.getVersions().stream().filter(v -> v.isPublic() || editor || consultedInPublic(v))
                .sorted((a, b) -> Integer.compare(b.getNumber(), a.getNumber())).toList();
    }

    /** A version under consultation is public from the day its consultation opens. */
    private boolean consultedInPublic(PlanVersion version) {
        return version.isUnderConsultation() && consultations.findByPlanVersionId(version.getId())
                .map(c -> c.hasStarted(ConsultationService.today())).orElse(false);
    }

    public PlanComparison compare(long planId, int from, int to) {
        return PlanComparison.between(version(planId, Math.min(from, to)), version(planId, Math.max(from, to)));
    }

    /** The newest publications, one per published version, for the feed. */
    public List<PlanVersion> newestPublications() {
        return versions.findByPublishedAtNotNullOrderByPublishedAtDesc(Limit.of(FEED_SIZE));
    }

    public long countPublished() {
        return versions.countByState(PlanState.PUBLISHED);
    }

    /** The day each published plan was first published (UTC), for the target's movement per quarter. */
    public List<LocalDate> firstPublicationDates() {
        return versions.firstPublicationOfPublishedPlans().stream().map(at -> at.atZone(ZoneOffset.UTC).toLocalDate()).toList();
    }

    /** The plan, for someone who may change it; anyone else is refused. */
    public ActionPlan getForEditing(long planId) {
        ActionPlan plan = editable(planId);
        plan.getVersions().forEach(PlanService::loaded);
        return plan;
    }

    private ActionPlan editable(long planId) {
        ActionPlan plan = plan(planId);
        permissions.requireEdit(plan);
        return plan;
    }

    /** An action of the plan's draft, for its edit form. */
    public PlanAction actionForEditing(long planId, long actionId) {
        return draftAction(editable(planId), actionId);
    }

    /** The plan's draft, for adding an action to it; without a draft the published version is refused as frozen. */
    public PlanVersion draftForEditing(long planId) {
        ActionPlan plan = editable(planId);
        PlanVersion latest = plan.latest();
        latest.requireDraft();
        return loaded(latest);
    }

    /** Published sites in the plan's city, which its actions may concern. */
    public List<Site> siteChoices(ActionPlan plan) {
        City city = plan.getCity();
        return sites.findPublishedInCity(city.getCountry().getCode(), city.getName(), city.getNameEn(), Limit.of(SITE_CHOICES));
    }

    @Transactional
    public ActionPlan create(PlanDetails details, Long ownerPartnerId, Long cityId) {
        permissions.requireCreate();
        Partner owner = organisations.ownerFor(ownerPartnerId)
                .filter(partner -> partner.getSegment() == HelixSegment.PUBLIC_AUTHORITY)
                .orElseThrow(() -> new PlanRuleException("plan.error.owner", "ownerPartnerId"));
        City city = cityId == null ? owner.getCity()
                : cities.findById(cityId).orElseThrow(() -> new PlanRuleException("plan.error.city", "cityId"));
        if (!CurrentUser.require().isAdmin() && !city.getId().equals(owner.getCity().getId())) {
            throw new PlanRuleException("plan.error.cityNotOwn", "cityId");
        }
        ActionPlan plan = new ActionPlan(owner, city);
        PlanVersion.first(plan, details);
        return plans.save(plan);
    }

    @Transactional
    public PlanVersion saveDraft(long planId, int number, long expectedVersion, PlanDetails details) {
        PlanVersion draft = draftForChange(planId, number, expectedVersion);
        draft.edit(details);
        return versions.saveAndFlush(draft);
    }

    /** The plan's draft: the one there is, or a new one copied from the newest version. */
    @Transactional
    public PlanVersion startDraft(long planId) {
        // Two requests at once would both find no draft and the second would break the one-draft index;
        // with the plan locked first, the second waits and then finds the first one's draft.
        plans.lockById(planId);
        ActionPlan plan = editable(planId);
        return plan.draft().orElseGet(() -> versions.saveAndFlush(plan.latest().nextDraft()));
    }

    @Transactional
    public PlanAction addAction(long planId, int number, long expectedVersion, ActionDetails details) {
        PlanVersion draft = draftForChange(planId, number, expectedVersion);
        return actions.saveAndFlush(draft.addAction(details, links(draft.getPlan(), details)));
    }

    @Transactional
    public PlanAction updateAction(long planId, long actionId, long expectedVersion, ActionDetails details) {
        PlanAction action = actionForChange(planId, actionId, expectedVersion);
        action.apply(details, links(action.getPlanVersion().getPlan(), details));
        versions.saveAndFlush(action.getPlanVersion());
        return action;
    }

    @Transactional
    public void removeAction(long planId, long actionId, long expectedVersion) {
        PlanAction action = actionForChange(planId, actionId, expectedVersion);
        PlanVersion draft = action.getPlanVersion();
        draft.removeAction(action);
        versions.saveAndFlush(draft);
    }

    /**
     * Saves the draft's text and publishes it, both or neither: the editor's last words are never left behind by
     * publishing from the page they typed them on.
     */
    @Transactional
    public PlanVersion saveAndPublish(long planId, int number, long expectedVersion, PlanDetails details) {
        return publish(planId, number, saveDraft(planId, number, expectedVersion, details).getVersion());
    }

    /** Publishes the draft; the version the public read until now becomes superseded at the same instant. */
    @Transactional
    public PlanVersion publish(long planId, int number, long expectedVersion) {
        PlanVersion draft = draftForChange(planId, number, expectedVersion);
        if (consultations.existsUnendedForPlan(planId, ConsultationService.today())) {
            // People are still being asked; publishing now would answer them before they have spoken.
            throw new PlanRuleException("consultation.error.publishDuring", null);
        }
        Instant now = Instant.now();
        draft.getPlan().published().ifPresent(previous -> {
            previous.supersede(now);
            // One published version per plan is also a unique index; the old one must step down first.
            versions.saveAndFlush(previous);
        });
        draft.publish(now);
        return versions.saveAndFlush(draft);
    }

    /**
     * Deletes the draft and its actions, so that the published version is the newest again (the history
     * keeps what the draft said). A plan's first version is never discarded: the plan would have none.
     */
    @Transactional
    public void discardDraft(long planId, int number, long expectedVersion) {
        PlanVersion draft = draft(planId, number, expectedVersion);
        if (number == 1) {
            throw new PlanRuleException("plan.error.discardFirst", null);
        }
        draft.getPlan().versions().remove(draft);
        versions.delete(draft);
    }

    /** The draft, as the editor saw it, locked against any other change of it until this transaction ends. */
    PlanVersion draftForChange(long planId, int number, long expectedVersion) {
        PlanVersion version = draft(planId, number, expectedVersion);
        // Every change to a draft, its actions included, raises the draft's version, so that this one
        // token refuses any stale edit of the draft.
        entityManager.lock(version, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return version;
    }

    /** Version {@code number} of a plan the user may edit, if it is a draft and still as the user saw it. */
    private PlanVersion draft(long planId, int number, long expectedVersion) {
        editable(planId);
        PlanVersion version = versions.findByPlanIdAndNumber(planId, number)
                .orElseThrow(() -> new NotFoundException("plan version", planId + "/" + number));
        version.requireDraft();
        version.requireVersion(expectedVersion);
        return version;
    }

    private PlanAction actionForChange(long planId, long actionId, long expectedVersion) {
        PlanAction action = draftAction(editable(planId), actionId);
        draftForChange(planId, action.getPlanVersion().getNumber(), expectedVersion);
        return action;
    }

    private PlanAction draftAction(ActionPlan plan, long actionId) {
        PlanAction action = actions.findById(actionId)
                .filter(a -> a.getPlanVersion().getPlan().getId().equals(plan.getId()))
                .orElseThrow(() -> new NotFoundException("plan action", actionId));
        if (!action.getPlanVersion().isDraft()) {
            throw new StateConflictException("plan.error.published", action.getPlanVersion().getNumber());
        }
        loaded(action.getPlanVersion());
        return action;
    }

    private ActionLinks links(ActionPlan plan, ActionDetails details) {
        if ((details.longitude() == null) != (details.latitude() == null)) {
            throw new PlanRuleException("plan.error.locationHalf", "latitude");
        }
        Point location = details.longitude() == null ? null
                : Geometries.location(details.longitude(), details.latitude(), "latitude");
        List<Site> allowedSites = siteChoices(plan);
        List<Site> chosenSites = allowedSites.stream().filter(s -> details.siteIds().contains(s.getId())).toList();
        if (chosenSites.size() != details.siteIds().size()) {
            throw new PlanRuleException("plan.error.site", "siteIds");
        }
        List<Pilot> chosenPilots = pilots.findAllById(details.pilotIds());
        if (chosenPilots.size() != details.pilotIds().size()) {
            throw new PlanRuleException("plan.error.pilot", "pilotIds");
        }
        return new ActionLinks(location, new HashSet<>(chosenSites), new HashSet<>(chosenPilots));
    }

    /** Loads what pages show of a version, since no session stays open while they render. */
    private static PlanVersion loaded(PlanVersion version) {
        Hibernate.initialize(version.getPlan().getOwnerPartner());
        Hibernate.initialize(version.getPlan().getCity().getCountry());
        version.getActions().forEach(PlanService::loadedAction);
        return version;
    }

    private static PlanAction loadedAction(PlanAction action) {
        action.getSites().forEach(site -> Hibernate.initialize(site.getCountry()));
        action.getPilots().forEach(pilot -> Hibernate.initialize(pilot.getCity()));
        action.getIndicators();
        return action;
    }
}
