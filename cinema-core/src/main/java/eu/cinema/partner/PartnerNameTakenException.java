package eu.cinema.partner;

import eu.cinema.common.DomainException;

/** Two organisations may not share an English name: the directory would not tell them apart. */
public class PartnerNameTakenException extends DomainException {

    public PartnerNameTakenException(String name) {
        super("partner.error.nameTaken", "nameEn", name);
    }
}
