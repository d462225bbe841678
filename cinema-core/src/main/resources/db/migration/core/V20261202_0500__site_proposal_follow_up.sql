-- What following a proposal up needs: the language its proposer used (the e-mails about it are written in it), and the
-- city as they typed it when the gazetteer knows it by another spelling ("Kosice" for Košice). Neither is history:
-- both belong to the proposal, like the proposer's address.
ALTER TABLE site ADD COLUMN proposer_language varchar(10), ADD COLUMN city_as_entered varchar(200);
