-- The patent fee schedule the fee calculator reads, kept by staff (supervisors). One row per fee: KIND is which fee
-- (application, printing, examination, annual, reexamination, restoration), PATENT_TYPE the kind of patent
-- (invention, utility, design); an annual fee has one row per band of years FIRST_YEAR..LAST_YEAR (counted from the
-- filing date), every other fee has 0..0. AMOUNT_FEN is the full fee in fen (1 yuan = 100 fen). REDUCIBLE says
-- whether the fee reduction (费减) applies to it (for annual fees: within the first ten years after the grant).
-- CONFIRMED = 0 marks a figure staff have still to check against the published source. SOURCE_* name the published
-- notice the figure comes from, SOURCE_DATE its date; CHANGED_AT (UTC) and CHANGED_BY the last edit by staff.
CREATE TABLE FEE (
    KIND VARCHAR(20) NOT NULL,
    PATENT_TYPE VARCHAR(12) NOT NULL,
    FIRST_YEAR INT DEFAULT 0 NOT NULL,
    LAST_YEAR INT DEFAULT 0 NOT NULL,
    AMOUNT_FEN BIGINT NOT NULL,
    REDUCIBLE SMALLINT NOT NULL,
    CONFIRMED SMALLINT DEFAULT 1 NOT NULL,
    SOURCE_ZH VARCHAR(300) NOT NULL,
    SOURCE_EN VARCHAR(300) NOT NULL,
    SOURCE_DATE DATE NOT NULL,
    CHANGED_AT TIMESTAMP,
    CHANGED_BY VARCHAR(200),
    CONSTRAINT FEE_PK PRIMARY KEY (KIND, PATENT_TYPE, FIRST_YEAR),
    CONSTRAINT FEE_AMOUNT CHECK (AMOUNT_FEN >= 0)
);

-- The published schedule: 国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》
-- (发改价格〔2017〕270号). The annual, application and examination fees are those the issue gives; the printing,
-- re-examination and restoration fees are marked to be confirmed by staff.
INSERT INTO FEE (KIND, PATENT_TYPE, FIRST_YEAR, LAST_YEAR, AMOUNT_FEN, REDUCIBLE, CONFIRMED, SOURCE_ZH, SOURCE_EN,
        SOURCE_DATE) VALUES
    ('application', 'invention', 0, 0, 90000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('application', 'utility', 0, 0, 50000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('application', 'design', 0, 0, 50000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('printing', 'invention', 0, 0, 5000, 0, 0, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('examination', 'invention', 0, 0, 250000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('reexamination', 'invention', 0, 0, 100000, 1, 0, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('reexamination', 'utility', 0, 0, 30000, 1, 0, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('reexamination', 'design', 0, 0, 30000, 1, 0, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('restoration', 'invention', 0, 0, 100000, 0, 0, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('restoration', 'utility', 0, 0, 100000, 0, 0, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('restoration', 'design', 0, 0, 100000, 0, 0, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15');

-- The annual fees by band of years (counted from the filing date).
INSERT INTO FEE (KIND, PATENT_TYPE, FIRST_YEAR, LAST_YEAR, AMOUNT_FEN, REDUCIBLE, CONFIRMED, SOURCE_ZH, SOURCE_EN,
        SOURCE_DATE) VALUES
    ('annual', 'invention', 1, 3, 90000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('annual', 'invention', 4, 6, 120000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('annual', 'invention', 7, 9, 200000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('annual', 'invention', 10, 12, 400000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('annual', 'invention', 13, 15, 600000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('annual', 'invention', 16, 20, 800000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('annual', 'utility', 1, 3, 60000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('annual', 'utility', 4, 5, 90000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('annual', 'utility', 6, 8, 120000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('annual', 'utility', 9, 10, 200000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('annual', 'design', 1, 3, 60000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('annual', 'design', 4, 5, 90000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('annual', 'design', 6, 8, 120000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('annual', 'design', 9, 10, 200000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15'),
    ('annual', 'design', 11, 15, 300000, 1, 1, '国家发展改革委、财政部《关于重新核发国家知识产权局行政事业性收费标准等有关问题的通知》（发改价格〔2017〕270号）', 'NDRC and Ministry of Finance notice on the fees of the national IP administration (Fa Gai Jia Ge [2017] No. 270)', '2017-02-15');
