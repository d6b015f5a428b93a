-- How the articles of a data folder's store are tagged for a few entities that have several names
-- (analyze/entity-aliases.txt): per tag key, the articles carrying it; per entity, the articles carrying any of its
-- names' keys, and those carrying two or more (one entity shown as two tags). Keys are analyze.TagKeys keys.
--     sqlite3 DIR/khabar.db < ops/entity-pages.sql
WITH e(entity, k) AS (VALUES
    ('US', 'ولا متحد'), ('US', 'امريكا'), ('US', 'اميركا'), ('US', 'ولا متحد امريك'), ('US', 'ولا متحد اميرك'),
    ('NATO', 'ناتو'), ('NATO', 'حلف شمال اطلس'), ('NATO', 'حلف ناتو'), ('NATO', 'حلف اطلس'),
    ('KSA', 'سعوديه'), ('KSA', 'مملك عرب سعوديه'), ('KSA', 'مملك سعوديه'),
    ('UK', 'بريطانيا'), ('UK', 'مملك متحد'),
    ('WorldCup', 'كاس عالم'), ('WorldCup', 'مونديال'),
    ('ISIS', 'داعش'), ('ISIS', 'تنظيم داعش'), ('ISIS', 'تنظيم دول اسلام'), ('ISIS', 'تنظيم دول'),
    ('Coalition', 'تحالف عرب'), ('Coalition', 'تحالف دعم شرع'), ('Coalition', 'تحالف عرب دعم شرع'),
    ('Coalition', 'تحالف بقياد سعوديه'),
    ('Facebook', 'فيسبوك'), ('Facebook', 'فيس بوك'))
SELECT e.entity,
       group_concat(e.k || '=' || (SELECT count(DISTINCT article_id) FROM article_tags t WHERE t.tag_key = e.k), '; '),
       (SELECT count(DISTINCT article_id) FROM article_tags t
         WHERE t.tag_key IN (SELECT k FROM e e2 WHERE e2.entity = e.entity)) AS articles,
       (SELECT count(*) FROM (SELECT article_id FROM article_tags t
         WHERE t.tag_key IN (SELECT k FROM e e2 WHERE e2.entity = e.entity)
         GROUP BY article_id HAVING count(*) > 1)) AS shown_twice
FROM e GROUP BY e.entity;
