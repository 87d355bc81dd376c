// Q3. How many member organisations does each sector have, through its CEPTOARs?
// members_total adds counts over units (社, 団体, 都道府県 …); members_json keeps them by unit.
MATCH (s:Sector)<-[:BELONGS_TO]-(c:Ceptoar)
OPTIONAL MATCH (m:Org)-[:MEMBER_OF]->(c)
WITH s, collect(DISTINCT c) AS ceptoars, collect(DISTINCT m) AS members
RETURN s.id AS sector, s.name_ja AS name_ja, size(ceptoars) AS ceptoars,
       reduce(t = 0, m IN members | t + coalesce(m.members_total, 0)) AS members
ORDER BY members DESC, sector;
