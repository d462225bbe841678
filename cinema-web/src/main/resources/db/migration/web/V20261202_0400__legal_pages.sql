-- The administrators' own text of each page every public portal owes, per language (Markdown). The facts the
-- portal knows itself (retention periods, the lead partner, the contact person) are written by the page around it.
CREATE TABLE legal_text (
    page       varchar(20)  NOT NULL CHECK (page IN ('PRIVACY', 'LEGAL_NOTICE', 'CONTACT', 'ACCESSIBILITY')),
    language   varchar(10)  NOT NULL,
    body       text         NOT NULL CHECK (length(body) <= 20000),
    updated_at timestamptz  NOT NULL,
    updated_by bigint       REFERENCES account (id) ON DELETE SET NULL,
    PRIMARY KEY (page, language)
);

-- Feedback on the portal's accessibility (EU Web Accessibility Directive), kept for the administrators to answer.
CREATE TABLE accessibility_feedback (
    id           bigserial    PRIMARY KEY,
    name         varchar(200),
    email        varchar(320),
    page_address varchar(500),
    message      text         NOT NULL CHECK (length(message) <= 5000),
    language     varchar(10)  NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    mailed_at    timestamptz
);
CREATE INDEX accessibility_feedback_email ON accessibility_feedback (lower(email));
