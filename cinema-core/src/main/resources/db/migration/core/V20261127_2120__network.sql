-- The network directory: an actor's quadruple-helix segment, and a contact shown only when marked public.
ALTER TABLE creative_actor
    ADD COLUMN segment        varchar(40)  NOT NULL DEFAULT 'BUSINESS',
    ADD COLUMN contact_email  varchar(320),
    ADD COLUMN contact_phone  varchar(60),
    ADD COLUMN contact_public boolean      NOT NULL DEFAULT false;
ALTER TABLE creative_actor_aud
    ADD COLUMN segment        varchar(40),
    ADD COLUMN contact_email  varchar(320),
    ADD COLUMN contact_phone  varchar(60),
    ADD COLUMN contact_public boolean;
