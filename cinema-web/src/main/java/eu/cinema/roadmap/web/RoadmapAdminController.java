package eu.cinema.roadmap.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.cinema.common.NotFoundException;
import eu.cinema.region.CityRepository;
import eu.cinema.roadmap.Roadmap;
import eu.cinema.roadmap.RoadmapService;
import eu.cinema.web.FormPost;
import eu.cinema.web.Saved;
import eu.cinema.roadmap.RoadmapTheme;

/** Administrators edit the three roadmaps shown on the theme pages of the map. */
@Controller
@RequestMapping("/admin/roadmaps/{theme}")
class RoadmapAdminController {

    private static final String EDIT_VIEW = "roadmap/edit";

    private final RoadmapService roadmaps;
    private final CityRepository cities;

    RoadmapAdminController(RoadmapService roadmaps, CityRepository cities) {
        this.roadmaps = roadmaps;
        this.cities = cities;
    }

    @GetMapping("/edit")
    String initUpdateForm(@PathVariable String theme, Model model) {
        Roadmap roadmap = roadmaps.get(theme(theme));
        model.addAttribute("roadmapForm", RoadmapForm.of(roadmap));
        return editView(roadmap, model);
    }

    @PostMapping
    String processUpdateForm(@PathVariable String theme, @Valid @ModelAttribute("roadmapForm") RoadmapForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        RoadmapTheme roadmapTheme = theme(theme);
        return FormPost.of(result)
                .onStaleEdit(() -> form.setVersion(roadmaps.get(roadmapTheme).getVersion()))
                .submit(() -> {
                    roadmaps.update(roadmapTheme, form.getVersion(), form.getExpectedChange(), form.getUrbanChallenges(),
                            form.measureTexts());
                    return FormPost.saved(redirect, "/map/" + roadmapTheme.slug(), Saved.of("roadmap.saved"));
                }, () -> editView(roadmaps.get(roadmapTheme), model));
    }

    private String editView(Roadmap roadmap, Model model) {
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("cities", cities.findAllByOrderByCountryCodeAscNameEnAsc());
        return EDIT_VIEW;
    }

    private static RoadmapTheme theme(String slug) {
        return RoadmapTheme.bySlug(slug).orElseThrow(() -> new NotFoundException("theme", slug));
    }
}
