package eu.cinema.actor.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import eu.cinema.actor.CreativeActor;
import eu.cinema.actor.ActorTranslations;
import eu.cinema.actor.CreativeActorService;
import eu.cinema.translation.TranslationService;

/** A creative actor's public page. */
@Controller
@RequestMapping("/actors")
class ActorController {

    private final CreativeActorService actors;
    private final TranslationService translations;

    ActorController(CreativeActorService actors, TranslationService translations) {
        this.actors = actors;
        this.translations = translations;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Locale locale, Model model) {
        CreativeActor actor = actors.get(id);
        model.addAttribute("actor", actor);
        model.addAttribute("texts", translations.localize(ActorTranslations.TYPE, id, ActorTranslations.texts(actor), locale.getLanguage()));
        return "actor/detail";
    }
}
