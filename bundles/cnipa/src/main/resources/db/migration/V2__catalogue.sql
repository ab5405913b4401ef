-- The service catalogue (事项清单): every version of each business's entry, never rewritten. The entry in force is the
-- business's highest VERSION; a staff member's edit adds the next one (EDITED_BY, EDITED_AT in UTC). Texts in Chinese
-- and English; MATERIALS_* one item a line: name | 原件/复印件 (original/copy) | count | template address (optional).
-- TO_CONFIRM = 1 while a detail is still to be confirmed against the patent office's publication.
CREATE TABLE CATALOGUE_VERSION (
    CODE VARCHAR(40) NOT NULL,
    VERSION INT NOT NULL,
    ENTRY_POINT_ZH VARCHAR(500) NOT NULL,
    ENTRY_POINT_EN VARCHAR(500) NOT NULL,
    MATERIALS_ZH VARCHAR(4000) NOT NULL,
    MATERIALS_EN VARCHAR(4000) NOT NULL,
    FEES_ZH VARCHAR(1000) NOT NULL,
    FEES_EN VARCHAR(1000) NOT NULL,
    TIME_LIMIT_ZH VARCHAR(500) NOT NULL,
    TIME_LIMIT_EN VARCHAR(500) NOT NULL,
    LEGAL_BASIS_ZH VARCHAR(1000) NOT NULL,
    LEGAL_BASIS_EN VARCHAR(1000) NOT NULL,
    WHO_ZH VARCHAR(500) NOT NULL,
    WHO_EN VARCHAR(500) NOT NULL,
    BRING_ZH VARCHAR(1000) NOT NULL,
    BRING_EN VARCHAR(1000) NOT NULL,
    SOURCE_ZH VARCHAR(500) NOT NULL,
    SOURCE_EN VARCHAR(500) NOT NULL,
    TO_CONFIRM SMALLINT DEFAULT 0 NOT NULL,
    EDITED_BY VARCHAR(200) NOT NULL,
    EDITED_AT TIMESTAMP NOT NULL,
    CONSTRAINT CATALOGUE_VERSION_PK PRIMARY KEY (CODE, VERSION),
    CONSTRAINT CATALOGUE_VERSION_BUSINESS FOREIGN KEY (CODE) REFERENCES BUSINESS (CODE)
);

-- Version 1 of each entry: what the issue states and what the patent office generally publishes, compiled by the
-- centre on 2026-12-01; every detail marked to be confirmed by staff against the patent office's publication.
INSERT INTO CATALOGUE_VERSION (CODE, VERSION, ENTRY_POINT_ZH, ENTRY_POINT_EN, MATERIALS_ZH, MATERIALS_EN, FEES_ZH,
    FEES_EN, TIME_LIMIT_ZH, TIME_LIMIT_EN, LEGAL_BASIS_ZH, LEGAL_BASIS_EN, WHO_ZH, WHO_EN, BRING_ZH, BRING_EN,
    SOURCE_ZH, SOURCE_EN, TO_CONFIRM, EDITED_BY, EDITED_AT) VALUES
('patent-application', 1,
 '本中心专利代办处窗口受理纸件申请；也可由申请人在国家知识产权局专利业务办理系统（cponline.cnipa.gov.cn）在线提交。',
 'Paper applications are received at this centre''s patent agency window; applicants may also file online in the patent office''s Patent Business System (cponline.cnipa.gov.cn).',
 '请求书（发明/实用新型/外观设计） | 原件 | 1 |
说明书及说明书摘要（外观设计为图片或照片及简要说明） | 原件 | 1 |
权利要求书（外观设计不需要） | 原件 | 1 |
申请人身份证明（身份证或营业执照） | 复印件 | 1 |
专利代理委托书（委托代理机构时） | 原件 | 1 |',
 'Request (invention / utility model / design) | original | 1 |
Description and abstract (for a design: drawings or photographs and a brief explanation) | original | 1 |
Claims (not for a design) | original | 1 |
Applicant''s identity document (ID card or business licence) | copy | 1 |
Power of attorney (when an agency acts) | original | 1 |',
 '申请费等按国家知识产权局公布的收费标准缴纳，可在受理通知书规定期限内缴纳；金额可用费用计算器估算。',
 'The application fee and others follow the patent office''s published schedule and are paid within the time set in the filing receipt; estimate them with the fee calculator.',
 '窗口当场审查是否符合受理条件；受理通知书由国家知识产权局发出（具体时限以国家知识产权局公布为准）。',
 'The window checks on the spot whether the application can be received; the patent office issues the filing receipt (its time limit: to be confirmed against the patent office''s publication).',
 '《中华人民共和国专利法》《中华人民共和国专利法实施细则》',
 'Patent Law of the People''s Republic of China and its Implementing Regulations',
 '申请人本人或其委托的专利代理机构。',
 'The applicant, or the patent agency it appoints.',
 '上列材料；经办人身份证件原件。',
 'The materials above; the original identity document of the person who comes.',
 '国家知识产权局网站（cnipa.gov.cn）公布的办事指南，本中心整理于2026年12月1日；细节以国家知识产权局公布为准。',
 'Guides published on the patent office''s website (cnipa.gov.cn), compiled by the centre on 1 December 2026; details to be confirmed against the patent office''s publication.',
 1, 'seed', TIMESTAMP('2026-12-01 00:00:00')),
('fee-payment', 1,
 '国家知识产权局专利业务办理系统（cponline.cnipa.gov.cn）网上缴费；也可在本中心专利代办处窗口缴纳。',
 'Pay online in the patent office''s Patent Business System (cponline.cnipa.gov.cn), or at this centre''s patent agency window.',
 '申请号或专利号及应缴费用名称 | 原件 | 1 |
缴费人信息（开具电子票据用） | 原件 | 1 |',
 'Application or patent number and the names of the fees due | original | 1 |
Payer''s details (for the electronic receipt) | original | 1 |',
 '按国家知识产权局公布的收费标准；年费可在期满后六个月内补缴，每逾期一个月加收当年年费的5%滞纳金。可用费用计算器计算。',
 'As in the patent office''s published schedule; an annual fee may still be paid within six months after it falls due, with a late fee of 5% of the year''s fee for each full month late. Work it out with the fee calculator.',
 '各项费用在国家知识产权局通知或法定期限内缴纳；年费在上一年度期满前缴纳。',
 'Each fee within the time the patent office sets or the law fixes; an annual fee before the previous year ends.',
 '《中华人民共和国专利法实施细则》；国家知识产权局专利收费标准',
 'Implementing Regulations of the Patent Law; the patent office''s schedule of patent fees',
 '申请人、专利权人或其委托的代理机构、其他缴费人。',
 'The applicant, the patentee, their agency, or another payer.',
 '申请号或专利号；现场缴费时带上付款方式。',
 'The application or patent number; a means of payment when paying at the window.',
 '国家知识产权局网站（cnipa.gov.cn）公布的办事指南及其公布的年费滞纳金规则，本中心整理于2026年12月1日；细节以国家知识产权局公布为准。',
 'Guides published on the patent office''s website (cnipa.gov.cn) and its published late-fee rule, compiled by the centre on 1 December 2026; details to be confirmed against the patent office''s publication.',
 1, 'seed', TIMESTAMP('2026-12-01 00:00:00')),
('fee-reduction', 1,
 '只能由申请人本人在国家知识产权局专利业务办理系统（cponline.cnipa.gov.cn）办理费减备案，窗口不能代办；本中心可现场指导。',
 'Only the applicant in person, in the patent office''s Patent Business System (cponline.cnipa.gov.cn); the window cannot file it for you, but staff can guide you.',
 '个人：上年度收入证明 | 原件 | 1 |
单位：上年度企业所得税年度纳税申报表 | 复印件 | 1 |',
 'Individual: proof of last year''s income | original | 1 |
Organisation: last year''s annual corporate income tax return | copy | 1 |',
 '备案不收费。备案后，一名申请人减缴85%，两名及以上申请人减缴70%（适用于可减缴的费用）；可用费用计算器估算。',
 'Filing is free. Once filed, fees that can be reduced are reduced by 85% for one applicant and 70% for several; estimate them with the fee calculator.',
 '请在缴纳相关费用前完成备案（审核时限以国家知识产权局公布为准）。',
 'File before paying the fees concerned (the time taken to check it: to be confirmed against the patent office''s publication).',
 '《专利收费减缴办法》',
 'Measures for the Reduction of Patent Fees',
 '符合条件的个人、企业、事业单位、社会团体等申请人本人（收入标准以国家知识产权局公布为准）。',
 'The applicant in person: individuals, companies, public institutions and associations that meet the conditions (the income thresholds: to be confirmed against the patent office''s publication).',
 '无需到窗口；如需指导，请带上身份证件和上列证明。',
 'No visit needed; if you want guidance, bring your identity document and the proof above.',
 '国家知识产权局现行做法（费减备案须申请人本人在线办理）及国家知识产权局网站（cnipa.gov.cn）公布的办事指南，本中心整理于2026年12月1日；细节以国家知识产权局公布为准。',
 'The patent office''s current practice (fee-reduction filing is done online by the applicant in person) and its published guides (cnipa.gov.cn), compiled by the centre on 1 December 2026; details to be confirmed.',
 1, 'seed', TIMESTAMP('2026-12-01 00:00:00')),
('licence-recording', 1,
 '本中心专利代办处窗口受理；也可在国家知识产权局专利业务办理系统（cponline.cnipa.gov.cn）在线办理。',
 'At this centre''s patent agency window, or online in the patent office''s Patent Business System (cponline.cnipa.gov.cn).',
 '专利实施许可合同备案申请表 | 原件 | 1 |
专利实施许可合同 | 原件 | 1 |
许可人、被许可人身份证明 | 复印件 | 1 |
委托书（委托他人办理时） | 原件 | 1 |',
 'Application form for recording a patent licence contract | original | 1 |
Licence contract | original | 1 |
Identity documents of licensor and licensee | copy | 1 |
Power of attorney (when someone acts for you) | original | 1 |',
 '费用以国家知识产权局公布为准。',
 'Fees: to be confirmed against the patent office''s publication.',
 '自合同生效之日起三个月内办理备案（以国家知识产权局公布为准）。',
 'Within three months of the contract taking effect (to be confirmed against the patent office''s publication).',
 '《专利实施许可合同备案办法》',
 'Measures for the Recording of Patent Licence Contracts',
 '许可人、被许可人或其委托的代理机构。',
 'The licensor, the licensee, or the agency they appoint.',
 '上列材料原件；经办人身份证件原件。',
 'The originals of the materials above; the identity document of the person who comes.',
 '国家知识产权局网站（cnipa.gov.cn）公布的办事指南，本中心整理于2026年12月1日；细节以国家知识产权局公布为准。',
 'Guides published on the patent office''s website (cnipa.gov.cn), compiled by the centre on 1 December 2026; details to be confirmed against the patent office''s publication.',
 1, 'seed', TIMESTAMP('2026-12-01 00:00:00')),
('patent-pledge', 1,
 '本中心质押登记窗口受理；也可在国家知识产权局专利业务办理系统（cponline.cnipa.gov.cn）在线办理。',
 'At this centre''s pledge window, or online in the patent office''s Patent Business System (cponline.cnipa.gov.cn).',
 '专利权质押登记申请表 | 原件 | 1 |
主合同和专利权质押合同 | 原件 | 1 |
出质人、质权人身份证明 | 复印件 | 1 |
委托书（委托他人办理时） | 原件 | 1 |',
 'Application form for registering a patent pledge | original | 1 |
Main contract and pledge contract | original | 1 |
Identity documents of pledgor and pledgee | copy | 1 |
Power of attorney (when someone acts for you) | original | 1 |',
 '费用以国家知识产权局公布为准。',
 'Fees: to be confirmed against the patent office''s publication.',
 '审查时限以国家知识产权局公布为准。',
 'The time taken to examine it: to be confirmed against the patent office''s publication.',
 '《中华人民共和国民法典》；《专利权质押登记办法》',
 'Civil Code of the People''s Republic of China; Measures for the Registration of Patent Pledges',
 '出质人和质权人共同申请，或其委托的代理机构。',
 'The pledgor and the pledgee together, or the agency they appoint.',
 '上列材料原件；双方经办人身份证件原件。',
 'The originals of the materials above; the identity documents of the people who come.',
 '国家知识产权局网站（cnipa.gov.cn）公布的办事指南，本中心整理于2026年12月1日；细节以国家知识产权局公布为准。',
 'Guides published on the patent office''s website (cnipa.gov.cn), compiled by the centre on 1 December 2026; details to be confirmed against the patent office''s publication.',
 1, 'seed', TIMESTAMP('2026-12-01 00:00:00')),
('register-extract', 1,
 '本中心专利代办处窗口受理；也可在国家知识产权局专利业务办理系统（cponline.cnipa.gov.cn）在线请求。',
 'At this centre''s patent agency window, or online in the patent office''s Patent Business System (cponline.cnipa.gov.cn).',
 '专利登记簿副本请求书 | 原件 | 1 |
请求人身份证明 | 复印件 | 1 |',
 'Request for a certified extract of the patent register | original | 1 |
Requester''s identity document | copy | 1 |',
 '费用以国家知识产权局公布为准；可用费用计算器查询。',
 'Fees: to be confirmed against the patent office''s publication; see the fee calculator.',
 '出具时限以国家知识产权局公布为准。',
 'The time to issue it: to be confirmed against the patent office''s publication.',
 '《中华人民共和国专利法实施细则》',
 'Implementing Regulations of the Patent Law',
 '专利权人、利害关系人或其委托的代理机构（以国家知识产权局公布为准）。',
 'The patentee, an interested party, or the agency they appoint (to be confirmed against the patent office''s publication).',
 '专利号；经办人身份证件原件。',
 'The patent number; the identity document of the person who comes.',
 '国家知识产权局网站（cnipa.gov.cn）公布的办事指南，本中心整理于2026年12月1日；细节以国家知识产权局公布为准。',
 'Guides published on the patent office''s website (cnipa.gov.cn), compiled by the centre on 1 December 2026; details to be confirmed against the patent office''s publication.',
 1, 'seed', TIMESTAMP('2026-12-01 00:00:00')),
('bibliographic-change', 1,
 '由申请人或专利权人在国家知识产权局专利业务办理系统（cponline.cnipa.gov.cn）在线提交著录项目变更申报书；本中心窗口可指导或受理纸件。',
 'The applicant or patentee files the request for a change of bibliographic data online in the patent office''s Patent Business System (cponline.cnipa.gov.cn); this centre''s window guides you or receives paper.',
 '著录项目变更申报书 | 原件 | 1 |
变更证明文件（如转让合同、名称变更证明） | 原件 | 1 |',
 'Request for a change of bibliographic data | original | 1 |
Proof of the change (e.g. assignment contract, proof of change of name) | original | 1 |',
 '著录事项变更费按国家知识产权局公布的收费标准缴纳；可用费用计算器查询。',
 'The fee for changing bibliographic data follows the patent office''s published schedule; see the fee calculator.',
 '自提出请求之日起一个月内缴纳变更费（以国家知识产权局公布为准）。',
 'The change fee within one month of the request (to be confirmed against the patent office''s publication).',
 '《中华人民共和国专利法实施细则》',
 'Implementing Regulations of the Patent Law',
 '申请人、专利权人或其委托的专利代理机构。',
 'The applicant, the patentee, or the patent agency they appoint.',
 '上列材料；经办人身份证件原件。',
 'The materials above; the identity document of the person who comes.',
 '国家知识产权局现行做法（2023年起多数专利业务由申请人在线办理）及国家知识产权局网站（cnipa.gov.cn）公布的办事指南，本中心整理于2026年12月1日；细节以国家知识产权局公布为准。',
 'The patent office''s current practice (since 2023 most patent business is done online by the applicant) and its published guides (cnipa.gov.cn), compiled by the centre on 1 December 2026; details to be confirmed.',
 1, 'seed', TIMESTAMP('2026-12-01 00:00:00')),
('trademark-registration', 1,
 '本中心商标业务受理窗口受理；也可在国家知识产权局商标网上服务系统（中国商标网 sbj.cnipa.gov.cn）在线申请。',
 'At this centre''s trademark window, or online in the patent office''s Trademark Online Service System (China Trademark Office website, sbj.cnipa.gov.cn).',
 '商标注册申请书 | 原件 | 1 |
商标图样 | 原件 | 1 |
申请人主体资格证明（身份证或营业执照） | 复印件 | 1 |
商标代理委托书（委托代理机构时） | 原件 | 1 |',
 'Application for trademark registration | original | 1 |
Representation of the mark | original | 1 |
Applicant''s proof of identity (ID card or business licence) | copy | 1 |
Power of attorney (when an agency acts) | original | 1 |',
 '按类别收费，以国家知识产权局公布的商标收费标准为准。',
 'Charged per class, as in the patent office''s published trademark fees.',
 '窗口当场审查是否符合受理条件；审查时限以国家知识产权局公布为准。',
 'The window checks on the spot whether it can be received; the examination time: to be confirmed against the patent office''s publication.',
 '《中华人民共和国商标法》《中华人民共和国商标法实施条例》',
 'Trademark Law of the People''s Republic of China and its Implementing Regulations',
 '自然人、法人或者其他组织，或其委托的商标代理机构。',
 'A natural person, legal person or other organisation, or the trademark agency it appoints.',
 '上列材料；经办人身份证件原件。',
 'The materials above; the identity document of the person who comes.',
 '国家知识产权局商标局网站（sbj.cnipa.gov.cn）公布的办事指南，本中心整理于2026年12月1日；细节以国家知识产权局公布为准。',
 'Guides published on the Trademark Office''s website (sbj.cnipa.gov.cn), compiled by the centre on 1 December 2026; details to be confirmed against the patent office''s publication.',
 1, 'seed', TIMESTAMP('2026-12-01 00:00:00')),
('trademark-pledge', 1,
 '本中心质押登记窗口受理；也可在国家知识产权局商标网上服务系统（sbj.cnipa.gov.cn）在线办理。',
 'At this centre''s pledge window, or online in the Trademark Online Service System (sbj.cnipa.gov.cn).',
 '商标专用权质权登记申请书 | 原件 | 1 |
主合同和质权合同 | 原件 | 1 |
出质人、质权人主体资格证明 | 复印件 | 1 |
委托书（委托他人办理时） | 原件 | 1 |',
 'Application for registering a trademark pledge | original | 1 |
Main contract and pledge contract | original | 1 |
Proofs of identity of pledgor and pledgee | copy | 1 |
Power of attorney (when someone acts for you) | original | 1 |',
 '费用以国家知识产权局公布为准。',
 'Fees: to be confirmed against the patent office''s publication.',
 '审查时限以国家知识产权局公布为准。',
 'The time taken to examine it: to be confirmed against the patent office''s publication.',
 '《中华人民共和国民法典》；《商标专用权质押登记程序规定》',
 'Civil Code of the People''s Republic of China; Provisions on the Procedure for Registering Trademark Pledges',
 '出质人和质权人共同申请，或其委托的商标代理机构。',
 'The pledgor and the pledgee together, or the trademark agency they appoint.',
 '上列材料原件；双方经办人身份证件原件。',
 'The originals of the materials above; the identity documents of the people who come.',
 '国家知识产权局商标局网站（sbj.cnipa.gov.cn）公布的办事指南，本中心整理于2026年12月1日；细节以国家知识产权局公布为准。',
 'Guides published on the Trademark Office''s website (sbj.cnipa.gov.cn), compiled by the centre on 1 December 2026; details to be confirmed against the patent office''s publication.',
 1, 'seed', TIMESTAMP('2026-12-01 00:00:00')),
('geographical-indication', 1,
 '本中心商标业务受理窗口咨询和指导；地理标志证明商标注册可在商标网上服务系统（sbj.cnipa.gov.cn）申请；地理标志产品保护和专用标志使用按国家知识产权局公布的程序办理。',
 'This centre''s trademark window advises and guides; a geographical-indication certification mark is filed in the Trademark Online Service System (sbj.cnipa.gov.cn); protection of a geographical-indication product and use of the special mark follow the patent office''s published procedure.',
 '申请书（按办理事项） | 原件 | 1 |
申请人主体资格证明 | 复印件 | 1 |
产品特定质量、信誉与产地关系的说明材料 | 原件 | 1 |',
 'Application (for the matter concerned) | original | 1 |
Applicant''s proof of identity | copy | 1 |
Material on the link between the product''s qualities or reputation and its origin | original | 1 |',
 '费用以国家知识产权局公布为准。',
 'Fees: to be confirmed against the patent office''s publication.',
 '时限以国家知识产权局公布为准。',
 'Time limits: to be confirmed against the patent office''s publication.',
 '《中华人民共和国商标法》；《地理标志产品保护办法》（以国家知识产权局公布为准）',
 'Trademark Law of the People''s Republic of China; Measures for the Protection of Geographical-Indication Products (to be confirmed)',
 '符合条件的团体、协会或其他组织，以及申请使用专用标志的生产者（以国家知识产权局公布为准）。',
 'Eligible groups, associations or other organisations, and producers asking to use the special mark (to be confirmed).',
 '请先到窗口咨询，按告知带齐材料。',
 'Ask at the window first, then bring the materials you are told.',
 '国家知识产权局网站（cnipa.gov.cn）公布的办事指南，本中心整理于2026年12月1日；细节以国家知识产权局公布为准。',
 'Guides published on the patent office''s website (cnipa.gov.cn), compiled by the centre on 1 December 2026; details to be confirmed against the patent office''s publication.',
 1, 'seed', TIMESTAMP('2026-12-01 00:00:00'));
