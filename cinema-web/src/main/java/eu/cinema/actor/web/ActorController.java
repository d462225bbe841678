package eu.cinema.actor.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import eu.cinema.actor.CreativeActor;
import eu.cinema.actor.CreativeActorService;

/** A creative actor's public page. */
@Controller
@RequestMapping("/actors")
class ActorController {

    private final CreativeActorService actors;

    ActorController(CreativeActorService actors) {
        this.actors = actors;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        CreativeActor actor = actors.get(id);
        model.addAttribute("actor", actor);
        return "actor/detail";
    }
}
