// Q6. Which sectors and organisations depend on 電力 (electricity), how strongly and how fast would a failure hit them?
// Until NISC's mutual-dependency survey is loaded these links are assumptions: the caveat column says so on every row.
MATCH (power:Sector|Resource)
WHERE power.name_ja = '電力' OR power.name_en IN ['Electricity', 'Power supply']
MATCH (d:Org)-[r:DEPENDS_ON]->(power)
RETURN d.id AS dependant, d.kind AS kind, d.name_ja AS name_ja, r.strength AS strength,
       r.delay_hours AS hours_to_impact, r.provenance_basis AS basis,
       CASE WHEN r.assumption IS NULL THEN '' ELSE 'ASSUMPTION: ' + r.assumption END AS caveat
ORDER BY strength DESC, dependant;
