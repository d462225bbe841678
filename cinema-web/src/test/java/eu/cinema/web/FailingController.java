package eu.cinema.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A page that always fails, so the tests can see what a visitor sees of an unexpected error. */
@Controller
class FailingController {

    static final String PATH = "/admin/test-failure";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException("A failure the visitor must not see the details of");
    }
}
