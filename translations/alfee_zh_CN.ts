<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="52"/>
        <source>Reference: %1</source>
        <translation>参考：%1</translation>
    </message>
    <message>
        <location filename="../ui/inspect/attention_view.cpp" line="33"/>
        <source>Channel-encoder layer</source>
        <translation>通道编码器层</translation>
    </message>
    <message>
        <location filename="../ui/common/figure_export.cpp" line="72"/>
        <source>%1: save the figure as .png or .svg</source>
        <translation>%1：请将图保存为 .png 或 .svg</translation>
    </message>
    <message>
        <location filename="../ui/common/figure_export.cpp" line="75"/>
        <source>%1: could not be written</source>
        <translation>%1：无法写入</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="48"/>
        <source>Add files...</source>
        <translation>添加文件...</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="49"/>
        <source>Add folder...</source>
        <translation>添加文件夹...</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="50"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="54"/>
        <source>Add recordings</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="55"/>
        <source>EEG recordings (%1)</source>
        <translation>脑电记录 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="59"/>
        <source>Add a folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="43"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="44"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="45"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="66"/>
        <source>fine-tune</source>
        <translation>微调</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="71"/>
        <source>Fine-tune the whole model</source>
        <translation>微调整个模型</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="73"/>
        <source>Fine-tune, the task head alone for the first 3 epochs</source>
        <translation>微调，前 3 轮只训练任务头</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="75"/>
        <source>Fine-tune LoRA adapters of rank 8 on the attention, the checkpoint&apos;s weights kept</source>
        <translation>微调注意力上秩为 8 的 LoRA 适配器，检查点的权重保持不变</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="78"/>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="79"/>
        <source>Linear probe: the frozen encoder&apos;s features, computed once</source>
        <translation>线性探针：冻结编码器的特征，只计算一次</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="81"/>
        <source>probe</source>
        <translation>探针</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="82"/>
        <source>Hybrid probe: frozen encoder and band power, aligned and centred per subject</source>
        <translation>混合探针：冻结编码器加频带功率，按受试者对齐并中心化</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="86"/>
        <source>hybrid probe</source>
        <translation>混合探针</translation>
    </message>
</context>
<context>
    <name>alfee::core</name>
    <message>
        <location filename="../core/dataset/dataset_spec.cpp" line="24"/>
        <source>the dataset needs a name</source>
        <translation>数据集需要一个名称</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_spec.cpp" line="26"/>
        <source>task &apos;%1&apos; is not one of: %2</source>
        <translation>任务“%1”不在以下之列：%2</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_spec.cpp" line="29"/>
        <source>no classes given (--class NAME=PATTERN)</source>
        <translation>未给出类别（--class 名称=模式）</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_spec.cpp" line="32"/>
        <source>a dataset needs at least two classes</source>
        <translation>数据集至少需要两个类别</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_spec.cpp" line="34"/>
        <source>labels from participants need the column&apos;s name</source>
        <translation>按参与者标注需要给出列名</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_spec.cpp" line="38"/>
        <source>class &apos;%1&apos;: &apos;%2&apos; is not a regular expression</source>
        <translation>类别“%1”：“%2”不是正则表达式</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_spec.cpp" line="42"/>
        <source>filter &apos;%1&apos; is not a regular expression</source>
        <translation>筛选条件“%1”不是正则表达式</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_spec.cpp" line="46"/>
        <source>subject pattern &apos;%1&apos; needs one capture group</source>
        <translation>受试者模式“%1”需要一个捕获组</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_spec.cpp" line="50"/>
        <source>the window length must be a whole number of seconds (one patch per second)</source>
        <translation>窗口长度必须是整数秒（每秒一个片段）</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_spec.cpp" line="54"/>
        <source>the stride must be positive</source>
        <translation>步长必须为正数</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_spec.cpp" line="57"/>
        <location filename="../core/electrodes/channel_mapping.cpp" line="134"/>
        <location filename="../core/electrodes/channel_mapping.cpp" line="199"/>
        <source>&apos;%1&apos; is not an electrode of the vocabulary</source>
        <translation>“%1”不是电极词表中的电极</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_spec.cpp" line="62"/>
        <source>split fractions must be non-negative and add up to 1</source>
        <translation>划分比例必须非负且总和为 1</translation>
    </message>
    <message>
        <location filename="../core/electrodes/channel_mapping.cpp" line="53"/>
        <source>a BioSemi cap position (A1-H32): where it sits depends on the cap; map it by hand</source>
        <translation>BioSemi 电极帽位置（A1-H32）：其头皮位置取决于电极帽，请手动映射</translation>
    </message>
    <message>
        <location filename="../core/electrodes/channel_mapping.cpp" line="64"/>
        <source>a bipolar derivation, not one electrode</source>
        <translation>双极导联，不是单个电极</translation>
    </message>
    <message>
        <location filename="../core/electrodes/channel_mapping.cpp" line="68"/>
        <source>not in the electrode vocabulary</source>
        <translation>不在电极词表中</translation>
    </message>
    <message>
        <location filename="../core/electrodes/channel_mapping.cpp" line="120"/>
        <source>no channel is labelled &apos;%1&apos;</source>
        <translation>没有标签为“%1”的通道</translation>
    </message>
    <message>
        <location filename="../core/electrodes/channel_mapping.cpp" line="128"/>
        <source>unmapped by the user</source>
        <translation>已被用户取消映射</translation>
    </message>
    <message>
        <location filename="../core/electrodes/channel_mapping.cpp" line="140"/>
        <source>mapping clash: %1 is already given by channel &apos;%2&apos;</source>
        <translation>映射冲突：%1 已由通道“%2”提供</translation>
    </message>
    <message>
        <location filename="../core/electrodes/channel_mapping.cpp" line="149"/>
        <source>set by the user</source>
        <translation>由用户设置</translation>
    </message>
    <message>
        <location filename="../core/electrodes/channel_mapping.cpp" line="179"/>
        <source>the mapping was made for another electrode vocabulary version</source>
        <translation>该映射是为另一版本的电极词表建立的</translation>
    </message>
    <message>
        <location filename="../core/electrodes/channel_mapping.cpp" line="216"/>
        <source>%1 is already given by &apos;%2&apos;</source>
        <translation>%1 已由“%2”提供</translation>
    </message>
    <message>
        <location filename="../core/electrodes/channel_mapping.cpp" line="219"/>
        <source>a %1 channel</source>
        <translation>%1 通道</translation>
    </message>
    <message>
        <location filename="../core/montage/montage_store.cpp" line="15"/>
        <source>a montage needs a name</source>
        <translation>导联方案需要一个名称</translation>
    </message>
    <message>
        <location filename="../core/montage/montage_store.cpp" line="36"/>
        <source>%1: no montage named &apos;%2&apos;</source>
        <translation>%1：没有名为“%2”的导联方案</translation>
    </message>
    <message>
        <location filename="../core/recording/edflib_source.cpp" line="68"/>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../core/recording/edflib_source.cpp" line="70"/>
        <location filename="../core/recording/recording.cpp" line="51"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../core/recording/edflib_source.cpp" line="72"/>
        <source>the file breaks the EDF(+)/BDF(+) rules</source>
        <translation>文件不符合 EDF(+)/BDF(+) 规范</translation>
    </message>
    <message>
        <location filename="../core/recording/edflib_source.cpp" line="75"/>
        <source>too many files open</source>
        <translation>打开的文件过多</translation>
    </message>
    <message>
        <location filename="../core/recording/edflib_source.cpp" line="77"/>
        <source>read error</source>
        <translation>读取错误</translation>
    </message>
    <message>
        <location filename="../core/recording/edflib_source.cpp" line="79"/>
        <source>the file is already open</source>
        <translation>文件已被打开</translation>
    </message>
    <message>
        <location filename="../core/recording/edflib_source.cpp" line="81"/>
        <source>not an EDF or BDF file</source>
        <translation>不是 EDF 或 BDF 文件</translation>
    </message>
    <message>
        <location filename="../core/recording/edflib_source.cpp" line="83"/>
        <source>invalid number of signals</source>
        <translation>信号数量无效</translation>
    </message>
    <message>
        <location filename="../core/recording/edflib_source.cpp" line="85"/>
        <source>it reads no discontinuous (EDF+D) file</source>
        <translation>它不读取不连续（EDF+D）文件</translation>
    </message>
    <message>
        <location filename="../core/recording/edflib_source.cpp" line="88"/>
        <source>invalid annotation mode</source>
        <translation>注释模式无效</translation>
    </message>
    <message>
        <location filename="../core/recording/edflib_source.cpp" line="90"/>
        <source>error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <location filename="../core/recording/edflib_source.cpp" line="103"/>
        <source>EDFlib refuses it: %1 (code %2)</source>
        <translation>EDFlib 拒绝读取：%1（代码 %2）</translation>
    </message>
    <message>
        <location filename="../core/recording/edflib_source.cpp" line="163"/>
        <source>EDFlib cannot seek to sample %1</source>
        <translation>EDFlib 无法定位到第 %1 个采样</translation>
    </message>
    <message>
        <location filename="../core/recording/edflib_source.cpp" line="175"/>
        <location filename="../core/recording/edflib_source.cpp" line="186"/>
        <source>EDFlib read fewer samples than asked</source>
        <translation>EDFlib 读取的采样少于请求的数量</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_store.cpp" line="114"/>
        <source>%1: read error while hashing</source>
        <translation>%1：计算哈希时读取出错</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_store.cpp" line="144"/>
        <source>%1: already in the workspace as %2</source>
        <translation>%1：已作为 %2 存在于工作区中</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_store.cpp" line="156"/>
        <source>%1: known by its content; moved from %2</source>
        <translation>%1：按内容识别为已知文件，已从 %2 移动</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_store.cpp" line="188"/>
        <source>%1: imported (%2 channels, %3 mapped)</source>
        <translation>%1：已导入（%2 个通道，%3 个已映射）</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_store.cpp" line="212"/>
        <source>no recording %1 in %2</source>
        <translation>%2 中没有记录 %1</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_store.cpp" line="239"/>
        <source>%1: not a recording of %2</source>
        <translation>%1：不是 %2 中的记录</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_store.cpp" line="241"/>
        <source>%1: %2 recordings have that name; use the id</source>
        <translation>%1：有 %2 个记录同名；请使用 id</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_store.cpp" line="317"/>
        <source>%1: no recording %2</source>
        <translation>%1：没有记录 %2</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_store.cpp" line="69"/>
        <source>no dataset named &apos;%1&apos;</source>
        <translation>没有名为“%1”的数据集</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_store.cpp" line="81"/>
        <source>a dataset named &apos;%1&apos; exists already</source>
        <translation>已存在名为“%1”的数据集</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_store.cpp" line="111"/>
        <source>%1: no dataset named &apos;%2&apos;</source>
        <translation>%1：没有名为“%2”的数据集</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_store.cpp" line="119"/>
        <source>%1: dataset &apos;%2&apos; has a broken definition: %3</source>
        <translation>%1：数据集“%2”的定义已损坏：%3</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_edits.cpp" line="36"/>
        <source>recording %1 is used by dataset(s) %2: delete those first</source>
        <translation>记录 %1 正被数据集 %2 使用：请先删除这些数据集</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_edits.cpp" line="46"/>
        <source>no recording with id %1</source>
        <translation>没有 id 为 %1 的记录</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_edits.cpp" line="59"/>
        <source>&apos;%1&apos; is not a file name</source>
        <translation>“%1”不是文件名</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_edits.cpp" line="64"/>
        <source>%1 exists already</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <location filename="../core/workspace/recording_edits.cpp" line="68"/>
        <source>%1: cannot rename to %2</source>
        <translation>%1：无法重命名为 %2</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_builder.cpp" line="67"/>
        <source>dataset &apos;%1&apos;: no window matches (%2)</source>
        <translation>数据集“%1”：没有匹配的窗口（%2）</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_builder.cpp" line="99"/>
        <source>no known naming scheme says whose these recordings are: %1. Check the subjects before trusting a subject-wise split, or give a subject pattern</source>
        <translation>没有已知的命名方案能说明这些记录属于谁：%1。在信任按受试者的划分之前请先检查受试者，或给出受试者模式</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_builder.cpp" line="108"/>
        <source>%1 event(s) gave no window: shorter than the %2 s window, or every window would hold an event of another class (%3)</source>
        <translation>%1 个事件没有得到窗口：短于 %2 秒的窗口，或每个窗口都会包含另一类别的事件（%3）</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_builder.cpp" line="121"/>
        <source>the subject pattern &apos;%1&apos; does not match</source>
        <translation>受试者模式“%1”不匹配</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_builder.cpp" line="124"/>
        <source>no subject in the name under any known naming scheme (%1); give a subject pattern</source>
        <translation>文件名在任何已知命名方案下都没有被试（%1）；请给出被试模式</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_builder.cpp" line="251"/>
        <source>dataset &apos;%1&apos;: test subject &apos;%2&apos; is not one of its subjects (%3)</source>
        <translation>数据集“%1”：测试受试者“%2”不在其受试者之中（%3）</translation>
    </message>
    <message>
        <location filename="../core/dataset/dataset_builder.cpp" line="289"/>
        <source>dataset &apos;%1&apos;: %2</source>
        <translation>数据集“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/dataset/window_extractor.cpp" line="52"/>
        <source>%1: the window %2-%3 s lies outside the recording&apos;s data (past its end or across a gap between segments)</source>
        <translation>%1：窗口 %2-%3 秒超出记录的数据（超过结尾或跨越片段之间的间隙）</translation>
    </message>
    <message>
        <location filename="../core/dataset/window_extractor.cpp" line="80"/>
        <source>%1: no channel maps to %2</source>
        <translation>%1：没有通道映射到 %2</translation>
    </message>
    <message>
        <location filename="../core/montage/montage.cpp" line="60"/>
        <source>the recording has no mapped electrodes</source>
        <translation>该记录没有已映射的电极</translation>
    </message>
    <message>
        <location filename="../core/montage/montage.cpp" line="80"/>
        <source>linked ears need A1 and A2; the recording has %1</source>
        <translation>双耳连接参考需要 A1 和 A2；该记录只有 %1</translation>
    </message>
    <message>
        <location filename="../core/montage/montage.cpp" line="102"/>
        <source>none of the montage&apos;s pairs has both electrodes here</source>
        <translation>该导联方案中没有一对电极在此记录中同时存在</translation>
    </message>
    <message>
        <location filename="../core/montage/montage.cpp" line="121"/>
        <source>not an ALFEE montage (the &apos;format&apos; field is not &apos;alfee-montage&apos;)</source>
        <translation>不是 ALFEE 导联方案（“format”字段不是“alfee-montage”）</translation>
    </message>
    <message>
        <location filename="../core/montage/montage.cpp" line="132"/>
        <source>unknown montage kind &apos;%1&apos;</source>
        <translation>未知的导联类型“%1”</translation>
    </message>
    <message>
        <location filename="../core/montage/montage.cpp" line="141"/>
        <source>pair electrode &apos;%1&apos; is not in the vocabulary</source>
        <translation>导联对中的电极“%1”不在词表中</translation>
    </message>
    <message>
        <location filename="../core/montage/montage.cpp" line="150"/>
        <source>a bipolar montage needs at least one pair</source>
        <translation>双极导联方案至少需要一对电极</translation>
    </message>
    <message>
        <location filename="../core/montage/montage.cpp" line="176"/>
        <source>%1: not JSON (%2)</source>
        <translation>%1：不是 JSON（%2）</translation>
    </message>
    <message>
        <location filename="../core/recording/edf_header.cpp" line="89"/>
        <source>the file is %1 bytes long, shorter than the 256-byte EDF header</source>
        <translation>文件长 %1 字节，短于 256 字节的 EDF 文件头</translation>
    </message>
    <message>
        <location filename="../core/recording/edf_header.cpp" line="111"/>
        <source>the number of signals &apos;%1&apos; is not a count between 0 and 4096</source>
        <translation>信号数量“%1”不是 0 到 4096 之间的计数</translation>
    </message>
    <message>
        <location filename="../core/recording/edf_header.cpp" line="118"/>
        <source>the header of %1 signals needs %2 bytes but the file has %3</source>
        <translation>%1 个信号的文件头需要 %2 字节，但文件只有 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/recording/header_check.cpp" line="77"/>
        <source>says &apos;%1&apos; bytes, but %2 signals need %3</source>
        <translation>写的是“%1”字节，但 %2 个信号需要 %3 字节</translation>
    </message>
    <message>
        <location filename="../core/recording/header_check.cpp" line="85"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location filename="../core/recording/header_check.cpp" line="91"/>
        <source>is negative (%1)</source>
        <translation>为负数（%1）</translation>
    </message>
    <message>
        <location filename="../core/recording/header_check.cpp" line="94"/>
        <source>&apos;%1&apos; is not a duration in seconds</source>
        <translation>“%1”不是以秒为单位的时长</translation>
    </message>
    <message>
        <location filename="../core/recording/header_check.cpp" line="132"/>
        <source>samples per record &apos;%1&apos; is not a positive number</source>
        <translation>每个数据记录的采样数“%1”不是正数</translation>
    </message>
    <message>
        <location filename="../core/recording/header_check.cpp" line="143"/>
        <source>digital range %1..%2 exceeds the %3-bit range %4..%5</source>
        <translation>数字范围 %1..%2 超出了 %3 位范围 %4..%5</translation>
    </message>
    <message>
        <location filename="../core/recording/header_check.cpp" line="151"/>
        <source>digital minimum %1 is not below the maximum %2</source>
        <translation>数字最小值 %1 不小于最大值 %2</translation>
    </message>
    <message>
        <location filename="../core/recording/header_check.cpp" line="156"/>
        <source>physical minimum equals the maximum (%1)</source>
        <translation>物理最小值等于最大值（%1）</translation>
    </message>
    <message>
        <location filename="../core/recording/header_check.cpp" line="199"/>
        <source>the header promises %1 bytes (%2 records of %3 bytes after a %4-byte header) but the file has %5</source>
        <translation>文件头声明 %1 字节（%4 字节文件头之后有 %2 个 %3 字节的数据记录），但文件有 %5 字节</translation>
    </message>
    <message>
        <location filename="../core/recording/header_check.cpp" line="209"/>
        <source>: the file is truncated</source>
        <translation>：文件被截断</translation>
    </message>
    <message>
        <location filename="../core/recording/header_check.cpp" line="211"/>
        <source>: extra bytes, the file is damaged (a text-mode copy that turned LF into CR LF does this)</source>
        <translation>：有多余字节，文件已损坏（以文本模式复制、把 LF 变成 CR LF 会造成这种情况）</translation>
    </message>
    <message>
        <location filename="../core/recording/record_decoder.cpp" line="20"/>
        <source>cannot map the file into memory</source>
        <translation>无法将文件映射到内存</translation>
    </message>
    <message>
        <location filename="../core/recording/recording.cpp" line="55"/>
        <source>is a directory, not an EDF/BDF file</source>
        <translation>是一个目录，不是 EDF/BDF 文件</translation>
    </message>
    <message>
        <location filename="../core/recording/recording.cpp" line="65"/>
        <location filename="../core/recording/recording.cpp" line="80"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../core/recording/recording.cpp" line="41"/>
        <source>GDF files are not supported (EDF, EDF+, BDF and BDF+ are)</source>
        <translation>不支持 GDF 文件（支持 EDF、EDF+、BDF 和 BDF+）</translation>
    </message>
    <message>
        <location filename="../core/recording/recording.cpp" line="97"/>
        <source>the header size field &apos;%1&apos; is not a valid size</source>
        <translation>文件头大小字段“%1”不是有效的大小</translation>
    </message>
    <message>
        <location filename="../core/recording/recording.cpp" line="249"/>
        <source>%1: the file %2 that its header names is missing</source>
        <translation>%1：其头文件所指的文件 %2 不存在</translation>
    </message>
    <message>
        <location filename="../core/recording/recording.cpp" line="233"/>
        <source>%1: BioSig, which reads the %2 files here, could not read this one (%3); if another program opens it, export it from there as EDF or BDF and import that</source>
        <translation>%1：BioSig 负责读取这里的 %2 文件，但未能读取此文件（%3）；如果其他程序能打开它，请从那里导出为 EDF 或 BDF 再导入</translation>
    </message>
    <message>
        <location filename="../core/recording/recording.cpp" line="130"/>
        <source>cannot be read as XDF: %1</source>
        <translation>无法作为 XDF 读取：%1</translation>
    </message>
    <message>
        <location filename="../core/recording/recording.cpp" line="138"/>
        <source>cannot be read as a FIF raw file: %1</source>
        <translation>无法作为 FIF 原始数据文件读取：%1</translation>
    </message>
    <message>
        <location filename="../core/recording/recording.cpp" line="145"/>
        <source>cannot be read as BrainVision: %1</source>
        <translation>无法作为 BrainVision 读取：%1</translation>
    </message>
    <message>
        <location filename="../core/recording/recording.cpp" line="236"/>
        <source>%1: not a recording this program reads (%2, BCI2000): %3</source>
        <translation>%1：不是本程序能读取的记录（%2、BCI2000）：%3</translation>
    </message>
    <message>
        <location filename="../core/recording/recording.cpp" line="272"/>
        <source>%1: cannot be read as an EEGLAB dataset: %2</source>
        <translation>%1：无法作为 EEGLAB 数据集读取：%2</translation>
    </message>
    <message>
        <location filename="../core/recording/recording.cpp" line="297"/>
        <source>%1: no signal %2 (the file has %3)</source>
        <translation>%1：没有信号 %2（文件共有 %3 个）</translation>
    </message>
    <message>
        <location filename="../core/recording/recording.cpp" line="305"/>
        <source>%1: samples %2..%3 of &apos;%4&apos; are outside the %5 it has</source>
        <translation>%1：“%4”的采样 %2..%3 超出了其拥有的 %5 个</translation>
    </message>
    <message>
        <location filename="../core/recording/recording.cpp" line="381"/>
        <source>%1: signal &apos;%2&apos; is in &apos;%3&apos;, not a voltage</source>
        <translation>%1：信号“%2”的单位是“%3”，不是电压</translation>
    </message>
    <message>
        <location filename="../core/recording/tal_parser.cpp" line="53"/>
        <source>a TAL has no 0x14 after its onset</source>
        <translation>某个 TAL 的起始时间后没有 0x14</translation>
    </message>
    <message>
        <location filename="../core/recording/tal_parser.cpp" line="60"/>
        <source>TAL onset &apos;%1&apos; is not a signed number of seconds within 10^10 s</source>
        <translation>TAL 起始时间“%1”不是 10^10 秒以内的带符号秒数</translation>
    </message>
    <message>
        <location filename="../core/recording/tal_parser.cpp" line="72"/>
        <source>TAL duration &apos;%1&apos; is not a number of seconds</source>
        <translation>TAL 时长“%1”不是秒数</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="20"/>
        <source>%1: a file of that name exists already</source>
        <translation>%1：同名文件已存在</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="37"/>
        <source>%1: no workspace there (create one with &apos;alfee workspace init&apos;)</source>
        <translation>%1：此处没有工作区（请用“alfee workspace init”创建）</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="69"/>
        <source>%1: not a usable workspace (%2)</source>
        <translation>%1：不是可用的工作区（%2）</translation>
    </message>
    <message>
        <location filename="../core/workspace/workspace.cpp" line="125"/>
        <source>%1: the change could not be saved (%2)</source>
        <translation>%1：无法保存修改（%2）</translation>
    </message>
    <message>
        <location filename="../core/recording/recording_formats.cpp" line="100"/>
        <source>an EEGLAB dataset, which this program does not read: in EEGLAB, File &gt; Export &gt; Data to EDF/BDF/GDF file, then import that file</source>
        <translation>EEGLAB 数据集，本程序不读取：请在 EEGLAB 中选择 File &gt; Export &gt; Data to EDF/BDF/GDF file，然后导入该文件</translation>
    </message>
    <message>
        <location filename="../core/recording/recording_formats.cpp" line="104"/>
        <source>an XDF (Lab Streaming Layer) file, which this build does not read (it was built without libxdf): in Python, pyxdf and MNE can export it as EDF</source>
        <translation>XDF（Lab Streaming Layer）文件，此版本无法读取（构建时没有 libxdf）：可在 Python 中用 pyxdf 和 MNE 导出为 EDF</translation>
    </message>
    <message>
        <location filename="../core/recording/recording_formats.cpp" line="138"/>
        <source>part of a BrainVision recording: it is read through its .vhdr file</source>
        <translation>BrainVision 记录的一部分：通过其 .vhdr 文件读取</translation>
    </message>
    <message>
        <location filename="../core/recording/recording_formats.cpp" line="140"/>
        <source>the markers of a BrainVision amplifier export: read through its .ahdr file</source>
        <translation>BrainVision 放大器导出文件的标记：通过其 .ahdr 文件读取</translation>
    </message>
    <message>
        <location filename="../core/recording/recording_formats.cpp" line="142"/>
        <source>the samples of an EEGLAB dataset: it is read through its .set file</source>
        <translation>EEGLAB 数据集的采样数据：通过其 .set 文件读取</translation>
    </message>
    <message>
        <location filename="../core/recording/recording_formats.cpp" line="144"/>
        <source>this build does not read GDF (it was built without BioSig)</source>
        <translation>此版本不读取 GDF（构建时未包含 BioSig）</translation>
    </message>
    <message>
        <location filename="../core/recording/recording_formats.cpp" line="145"/>
        <source>not a recording (%1)</source>
        <translation>不是记录文件（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/interrupted_work.cpp" line="29"/>
        <source>The import of %1 started %2 was interrupted after %n new recording(s); import the same files again to finish (those already imported are recognised).</source>
        <translation>
            <numerusform>于 %2 开始的 %1 导入在新增 %n 个记录后被中断；再次导入相同的文件即可完成（已导入的文件会被识别）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/interrupted_work.cpp" line="62"/>
        <source>Run %1 &quot;%2&quot; (%3) was interrupted after step %4; </source>
        <translation>运行 %1“%2”（%3）在第 %4 步之后被中断；</translation>
    </message>
    <message>
        <location filename="../core/engine/interrupted_work.cpp" line="69"/>
        <source>it had written no checkpoint yet: resuming starts it over.</source>
        <translation>它尚未写入检查点：“继续”将从头开始。</translation>
    </message>
    <message>
        <location filename="../core/engine/interrupted_work.cpp" line="71"/>
        <source>resume it from its checkpoint of step %1.</source>
        <translation>可用“继续”从其第 %1 步的检查点接着运行。</translation>
    </message>
    <message>
        <location filename="../core/engine/interrupted_work.cpp" line="104"/>
        <source>Run %1 &quot;%2&quot; (%3) was cancelled when the workbench was closed, after step %4; </source>
        <translation>运行 %1“%2”（%3）在关闭工作台时于第 %4 步后被取消；</translation>
    </message>
    <message>
        <location filename="../core/engine/interrupted_work.cpp" line="110"/>
        <source>it had written no checkpoint: resuming starts it over.</source>
        <translation>它尚未写入检查点：“继续”将从头开始。</translation>
    </message>
    <message>
        <location filename="../core/engine/interrupted_work.cpp" line="114"/>
        <source>Resume continues it from its checkpoint of step %1.</source>
        <translation>“继续”将从第 %1 步的检查点接着运行。</translation>
    </message>
    <message>
        <location filename="../core/engine/display_names.cpp" line="21"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../core/engine/display_names.cpp" line="22"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../core/engine/display_names.cpp" line="23"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../core/engine/display_names.cpp" line="27"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../core/engine/display_names.cpp" line="28"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../core/engine/display_names.cpp" line="29"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../core/engine/display_names.cpp" line="30"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../core/engine/display_names.cpp" line="31"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../core/engine/display_names.cpp" line="36"/>
        <source>preparing data</source>
        <translation>准备数据</translation>
    </message>
    <message>
        <location filename="../core/engine/display_names.cpp" line="37"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../core/engine/display_names.cpp" line="38"/>
        <source>validating</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../core/engine/display_names.cpp" line="39"/>
        <source>testing</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../core/engine/display_names.cpp" line="40"/>
        <source>predicting</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../core/engine/display_names.cpp" line="41"/>
        <source>reading windows</source>
        <translation>读取窗口</translation>
    </message>
    <message>
        <location filename="../core/engine/display_names.cpp" line="42"/>
        <source>running the model on an example window</source>
        <translation>在示例窗口上运行模型</translation>
    </message>
    <message>
        <location filename="../core/engine/display_names.cpp" line="43"/>
        <source>writing the report</source>
        <translation>撰写报告</translation>
    </message>
    <message>
        <location filename="../core/modeling/finetune_job.cpp" line="235"/>
        <source>epoch training loss (no validation windows)</source>
        <translation>每轮训练损失（没有验证窗口）</translation>
    </message>
    <message>
        <location filename="../core/modeling/finetune_job.cpp" line="241"/>
        <source>validation balanced accuracy</source>
        <translation>验证集平衡准确率</translation>
    </message>
    <message>
        <location filename="../core/modeling/finetune_job.cpp" line="538"/>
        <source>best epoch %1 of %2 (by %3); %4 non-finite steps skipped</source>
        <translation>最佳轮次：第 %1 轮，共 %2 轮（依据%3）；跳过 %4 个非有限步</translation>
    </message>
    <message>
        <location filename="../core/modeling/finetune_plan.cpp" line="84"/>
        <source>the band-power baseline (run %1) ended %2: the model is fine-tuned without it</source>
        <translation>频带功率基线（运行 %1）以 %2 结束：模型在没有它的情况下进行微调</translation>
    </message>
    <message>
        <location filename="../core/modeling/finetune_plan.cpp" line="91"/>
        <source>the adaptation (run %1) ended %2: fine-tuning was not started; resume it with alfee pretrain --resume %1, then fine-tune with --from its checkpoint</source>
        <translation>适配（运行 %1）以 %2 结束：微调未开始；可用 alfee pretrain --resume %1 继续该运行，再以 --from 指定它的检查点进行微调</translation>
    </message>
    <message>
        <location filename="../core/engine/common_options.cpp" line="33"/>
        <source>Peak learning rate</source>
        <translation>峰值学习率</translation>
    </message>
    <message>
        <location filename="../core/engine/common_options.cpp" line="120"/>
        <source>LibTorch threads (0: every core)</source>
        <translation>LibTorch 线程数（0：全部核心）</translation>
    </message>
    <message>
        <location filename="../core/engine/finetune_options.cpp" line="32"/>
        <source>Align each subject&apos;s windows: none, or euclidean (whitened by the subject&apos;s mean spatial covariance over its own windows, without labels; test subjects included)</source>
        <translation>对齐每个受试者的窗口：none（不对齐），或 euclidean（用该受试者自身窗口的平均空间协方差进行白化，不读取标签；包括测试受试者）</translation>
    </message>
    <message>
        <location filename="../core/engine/finetune_options.cpp" line="68"/>
        <source>First adapt the starting checkpoint to the run&apos;s own recordings by N steps of continued pretraining (no labels; 0: no adaptation)</source>
        <translation>先在本次运行自己的记录上继续预训练 N 步，使起始检查点适配（不读取标签；0：不适配）</translation>
    </message>
    <message>
        <location filename="../core/engine/finetune_options.cpp" line="81"/>
        <source>Whose recordings the adaptation reads: training (training and validation subjects) or all (the test subjects&apos; too, without their labels)</source>
        <translation>适配读取哪些受试者的记录：training（训练和验证受试者）或 all（也包括测试受试者，但不读取其标签）</translation>
    </message>
    <message>
        <location filename="../core/engine/finetune_options.cpp" line="108"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../core/engine/finetune_options.cpp" line="114"/>
        <source>Windows per batch</source>
        <translation>每批窗口数</translation>
    </message>
    <message>
        <location filename="../core/engine/finetune_options.cpp" line="125"/>
        <source>Seed of the data order and the initial weights</source>
        <translation>数据顺序和初始权重的随机种子</translation>
    </message>
    <message>
        <location filename="../core/engine/finetune_options.cpp" line="155"/>
        <source>none, or encoder: keep the checkpoint&apos;s encoder as it is and fit a logistic regression on its pooled features, computed once (a linear probe)</source>
        <translation>none 或 encoder：保持检查点的编码器不变，在其池化特征上拟合逻辑回归，特征只计算一次（线性探针）</translation>
    </message>
    <message>
        <location filename="../core/engine/finetune_options.cpp" line="163"/>
        <source>Subtract each subject&apos;s mean feature vector over its own windows, without labels (test subjects included; frozen encoder or baseline)</source>
        <translation>减去每个受试者在其自身窗口上的平均特征向量，不使用标签（包括测试受试者；适用于冻结编码器或基线）</translation>
    </message>
    <message>
        <location filename="../core/engine/finetune_options.cpp" line="173"/>
        <source>Train the task head alone for N epochs before the whole model</source>
        <translation>先只训练任务头 N 轮，再训练整个模型</translation>
    </message>
    <message>
        <location filename="../core/engine/finetune_options.cpp" line="181"/>
        <source>Learning rate of each encoder layer: the one above it times X (1: none; LaBraM uses 0.65)</source>
        <translation>每个编码器层的学习率：其上一层的学习率乘以 X（1：不衰减；LaBraM 使用 0.65）</translation>
    </message>
    <message>
        <location filename="../core/engine/finetune_options.cpp" line="190"/>
        <source>The task head&apos;s learning rate (0: --lr)</source>
        <translation>任务头的学习率（0：使用 --lr）</translation>
    </message>
    <message>
        <location filename="../core/engine/finetune_options.cpp" line="198"/>
        <source>Share of each target spread over the other classes</source>
        <translation>每个目标分摊到其他类别的比例</translation>
    </message>
    <message>
        <location filename="../core/engine/finetune_options.cpp" line="206"/>
        <source>LoRA adapters of rank N on every attention projection (update scale 2): they and the task head train, the checkpoint&apos;s weights stay; the result is merged into plain weights (0: none)</source>
        <translation>在每个注意力投影上加秩为 N 的 LoRA 适配器（更新缩放 2）：只训练适配器和任务头，检查点的权重不变；结果合并为普通权重（0：不使用）</translation>
    </message>
    <message>
        <location filename="../core/engine/finetune_options.cpp" line="218"/>
        <source>The frozen encoder&apos;s probe also sees each channel&apos;s log band power (a hybrid head)</source>
        <translation>冻结编码器的探针同时使用每个通道的对数频带功率（混合头）</translation>
    </message>
    <message>
        <location filename="../core/engine/finetune_options.cpp" line="224"/>
        <source>The frozen encoder probe&apos;s inverse L2 regularisation strength (0.05: better than 1 on the Workload study)</source>
        <translation>冻结编码器探针的 L2 正则化强度的倒数（0.05：在 Workload 研究中优于 1）</translation>
    </message>
    <message>
        <location filename="../core/engine/finetune_options.cpp" line="268"/>
        <source>Also fit the band-power baseline on the same windows and split (a run of its own, shown beside the model&apos;s metrics)</source>
        <translation>同时在相同的窗口和划分上拟合频带功率基线（作为单独的运行，与模型的指标并列显示）</translation>
    </message>
    <message>
        <location filename="../core/modeling/pretrain_job.cpp" line="465"/>
        <source>%1 steps; %2 non-finite steps skipped</source>
        <translation>%1 步；跳过 %2 个非有限步</translation>
    </message>
    <message>
        <location filename="../core/modeling/training_loop.cpp" line="85"/>
        <source>%1 steps in a row had a non-finite loss or gradient (%2 skipped in all); lower --lr</source>
        <translation>连续 %1 步的损失或梯度非有限（共跳过 %2 步）；请降低 --lr</translation>
    </message>
    <message>
        <location filename="../core/modeling/training_loop.cpp" line="117"/>
        <source>cancelled at step %1; resume with alfee %2 --resume %3</source>
        <translation>已在第 %1 步取消；用 alfee %2 --resume %3 继续</translation>
    </message>
    <message>
        <location filename="../core/engine/baseline_comparison.cpp" line="81"/>
        <source>%1 is undefined for one of them</source>
        <translation>其中之一的%1无定义</translation>
    </message>
    <message>
        <location filename="../core/engine/baseline_comparison.cpp" line="85"/>
        <source>the model and the band-power baseline (run %1) have the same %2, %3</source>
        <translation>模型与频带功率基线（运行 %1）的%2相同，均为 %3</translation>
    </message>
    <message>
        <location filename="../core/engine/baseline_comparison.cpp" line="91"/>
        <source>the model has the higher %1, %2 against %3 for the band-power baseline (run %4)</source>
        <translation>模型的%1更高，%2，频带功率基线（运行 %4）为 %3</translation>
    </message>
    <message>
        <location filename="../core/engine/baseline_comparison.cpp" line="97"/>
        <source>the band-power baseline (run %1) has the higher %2, %3 against %4 for the model</source>
        <translation>频带功率基线（运行 %1）的%2更高，%3，模型为 %4</translation>
    </message>
    <message>
        <location filename="../core/engine/baseline_comparison.cpp" line="157"/>
        <source>No band-power baseline was fitted on this split: run the same command with --with-baseline (or alfee finetune --baseline bandpower with the same data and split) to see whether the model beats it.</source>
        <translation>此划分上未拟合频带功率基线：用 --with-baseline 重新运行同一命令（或用相同的数据和划分运行 alfee finetune --baseline bandpower），以查看模型是否胜过它。</translation>
    </message>
    <message>
        <location filename="../core/engine/baseline_comparison.cpp" line="163"/>
        <source>The band-power baseline is run %1; the test split has no results to compare.</source>
        <translation>频带功率基线是运行 %1；测试集尚无可比较的结果。</translation>
    </message>
    <message>
        <location filename="../core/engine/baseline_comparison.cpp" line="168"/>
        <source>On the test split (the same windows), %1; %2.</source>
        <translation>在测试集上（相同窗口），%1；%2。</translation>
    </message>
    <message>
        <location filename="../core/engine/baseline_comparison.cpp" line="170"/>
        <source>balanced accuracy</source>
        <translation>平衡准确率</translation>
    </message>
    <message>
        <location filename="../core/recording/eeglab_source.cpp" line="62"/>
        <source>a MATLAB file but not an EEGLAB dataset: it has no EEG structure and no srate, nbchan and data variables</source>
        <translation>是 MATLAB 文件但不是 EEGLAB 数据集：没有 EEG 结构体，也没有 srate、nbchan 和 data 变量</translation>
    </message>
    <message>
        <location filename="../core/recording/eeglab_source.cpp" line="76"/>
        <source>its nbchan, pnts or trials is not a positive whole number</source>
        <translation>其 nbchan、pnts 或 trials 不是正整数</translation>
    </message>
    <message>
        <location filename="../core/recording/eeglab_source.cpp" line="81"/>
        <source>its sampling rate (srate) is %1 Hz</source>
        <translation>其采样率（srate）为 %1 Hz</translation>
    </message>
    <message>
        <location filename="../core/recording/eeglab_source.cpp" line="97"/>
        <source>its data field holds neither samples nor the name of a .fdt file</source>
        <translation>其 data 字段既不包含采样数据，也不是 .fdt 文件名</translation>
    </message>
    <message>
        <location filename="../core/recording/eeglab_source.cpp" line="102"/>
        <source>its data holds %1 values, not the %2 channels x %3 samples x %4 epochs its header gives</source>
        <translation>其数据有 %1 个值，而不是文件头给出的 %2 个通道 × %3 个采样 × %4 个分段</translation>
    </message>
    <message>
        <location filename="../core/recording/eeglab_source.cpp" line="131"/>
        <source>the data file %1 that it names cannot be read (%2)</source>
        <translation>无法读取其指定的数据文件 %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/recording/eeglab_source.cpp" line="156"/>
        <source>%1 GB of samples, more than this reader holds in memory</source>
        <translation>采样数据共 %1 GB，超过此读取器可放入内存的大小</translation>
    </message>
    <message>
        <location filename="../core/recording/eeglab_source.cpp" line="162"/>
        <source>its data file %1 holds %2 bytes, not one whole %3</source>
        <translation>其数据文件 %1 只有 %2 字节，不足一个完整的%3</translation>
    </message>
    <message>
        <location filename="../core/recording/eeglab_source.cpp" line="166"/>
        <source>epoch</source>
        <translation>分段</translation>
    </message>
    <message>
        <location filename="../core/recording/eeglab_source.cpp" line="167"/>
        <source>sample of every channel</source>
        <translation>所有通道的一个采样</translation>
    </message>
    <message>
        <location filename="../core/recording/eeglab_source.cpp" line="173"/>
        <source>its data file %1 holds %2 of the %3 samples per channel that the header promises: read as it is</source>
        <translation>其数据文件 %1 每个通道只有文件头声明的 %3 个采样中的 %2 个：按实际内容读取</translation>
    </message>
    <message>
        <location filename="../core/recording/eeglab_source.cpp" line="142"/>
        <source>the data file %1 could not be read (%2)</source>
        <translation>无法读取数据文件 %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/recording/eeglab_source.cpp" line="197"/>
        <source>chanlocs lists %1 channels for %2 signals: the channels are named by number</source>
        <translation>chanlocs 列出 %1 个通道，而信号有 %2 个：通道改用编号命名</translation>
    </message>
    <message>
        <location filename="../core/recording/eeglab_source.cpp" line="255"/>
        <source>%1 events have no latency and are left out</source>
        <translation>%1 个事件没有 latency，已略去</translation>
    </message>
    <message>
        <location filename="../core/recording/eeglab_source.cpp" line="261"/>
        <source>%1 events lie outside the samples the file holds and are left out</source>
        <translation>%1 个事件位于文件所含采样之外，已略去</translation>
    </message>
    <message>
        <location filename="../core/recording/eeglab_source.cpp" line="290"/>
        <source>, %1 epochs of %2 s from %3 s around their events</source>
        <translation>，%1 个 %2 秒的分段，从其事件前后 %3 秒开始</translation>
    </message>
    <message>
        <location filename="../core/recording/biosig_source.cpp" line="167"/>
        <source>%1 events lie past the last sample and are left out</source>
        <translation>%1 个事件位于最后一个采样之后，已略去</translation>
    </message>
    <message>
        <location filename="../core/recording/whole_file.cpp" line="17"/>
        <source>%1 GB, more than this reader holds in memory</source>
        <translation>%1 GB，超过此读取器可放入内存的大小</translation>
    </message>
    <message>
        <location filename="../core/recording/cnt_source.cpp" line="66"/>
        <source>%1 bytes, shorter than the 900-byte header of a CNT file</source>
        <translation>%1 字节，短于 CNT 文件 900 字节的文件头</translation>
    </message>
    <message>
        <location filename="../core/recording/cnt_source.cpp" line="74"/>
        <source>its header gives %1 channels at %2 Hz, which the file&apos;s %3 bytes cannot hold</source>
        <translation>其文件头给出 %1 个通道、%2 Hz，文件的 %3 字节容纳不下</translation>
    </message>
    <message>
        <location filename="../core/recording/cnt_source.cpp" line="106"/>
        <source>the header&apos;s sample count does not fit its data: read as 16-bit samples</source>
        <translation>文件头的采样数与数据不符：按 16 位采样读取</translation>
    </message>
    <message>
        <location filename="../core/recording/cnt_source.cpp" line="111"/>
        <source>it holds no samples</source>
        <translation>其中没有采样</translation>
    </message>
    <message>
        <location filename="../core/recording/cnt_source.cpp" line="145"/>
        <source>its samples run past the end of the file</source>
        <translation>其采样超出了文件末尾</translation>
    </message>
    <message>
        <location filename="../core/recording/cnt_source.cpp" line="188"/>
        <source>%1 events lie outside the samples and are left out</source>
        <translation>%1 个事件位于采样范围之外，已略去</translation>
    </message>
    <message>
        <location filename="../core/recording/xdf_source.cpp" line="65"/>
        <source>libxdf cannot read it as XDF (%1)</source>
        <translation>libxdf 无法将其作为 XDF 读取（%1）</translation>
    </message>
    <message>
        <location filename="../core/recording/xdf_source.cpp" line="85"/>
        <source>it holds no regularly sampled numeric stream (EEG)</source>
        <translation>其中没有按固定采样率记录的数值流（脑电）</translation>
    </message>
    <message>
        <location filename="../core/recording/xdf_source.cpp" line="92"/>
        <source>%1 numeric streams (%2): read &apos;%3&apos;, an EEG stream with the most channels</source>
        <translation>共 %1 个数值流（%2）：读取“%3”，即通道最多的脑电流</translation>
    </message>
    <message>
        <location filename="../core/recording/xdf_source.cpp" line="162"/>
        <source>%1 markers lie outside the EEG stream&apos;s time and are left out</source>
        <translation>%1 个标记位于脑电流的时间范围之外，已略去</translation>
    </message>
    <message>
        <location filename="../core/recording/fif_source.cpp" line="117"/>
        <source>its gzip compression is damaged or cut short</source>
        <translation>其 gzip 压缩已损坏或被截断</translation>
    </message>
    <message>
        <location filename="../core/recording/fif_source.cpp" line="141"/>
        <source>not a FIF file (it does not start with a file id tag)</source>
        <translation>不是 FIF 文件（开头没有文件 ID 标签）</translation>
    </message>
    <message>
        <location filename="../core/recording/fif_source.cpp" line="250"/>
        <source>a data buffer comes before the channel info, or of a type this reader does not know</source>
        <translation>数据缓冲区出现在通道信息之前，或其类型本读取器不认识</translation>
    </message>
    <message>
        <location filename="../core/recording/fif_source.cpp" line="274"/>
        <source>no raw data with its channel info and sampling rate (an evoked or epochs file?)</source>
        <translation>没有带通道信息和采样率的原始数据（是诱发响应或分段文件吗？）</translation>
    </message>
    <message>
        <location filename="../core/recording/fif_source.cpp" line="294"/>
        <source>its measurement date is not a time: the start is left unknown</source>
        <translation>其测量日期不是有效时间：开始时间保持未知</translation>
    </message>
    <message>
        <location filename="../core/recording/fif_source.cpp" line="361"/>
        <source>%1 annotations lie outside the data and are left out</source>
        <translation>%1 个注释位于数据之外，已略去</translation>
    </message>
    <message>
        <location filename="../core/recording/fif_source.cpp" line="368"/>
        <source>%1 projectors (SSP) are stored in the file and not applied</source>
        <translation>文件中存有 %1 个投影（SSP），未应用</translation>
    </message>
    <message>
        <location filename="../core/recording/fif_source.cpp" line="372"/>
        <source>CTF compensation is stored in the file and not applied</source>
        <translation>文件中存有 CTF 补偿，未应用</translation>
    </message>
    <message>
        <location filename="../core/recording/fif_source.cpp" line="414"/>
        <source>is not a file name</source>
        <translation>不是文件名</translation>
    </message>
    <message>
        <location filename="../core/recording/fif_source.cpp" line="416"/>
        <source>is not there</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location filename="../core/recording/fif_source.cpp" line="418"/>
        <source>is a part already read</source>
        <translation>是已读过的部分</translation>
    </message>
    <message>
        <location filename="../core/recording/fif_source.cpp" line="420"/>
        <source>the recording continues in &apos;%1&apos;, which %2: the %3 part(s) before it are read</source>
        <translation>记录在“%1”中继续，但该文件%2：只读取它之前的 %3 个部分</translation>
    </message>
    <message>
        <location filename="../core/recording/fif_source.cpp" line="441"/>
        <source>its part &apos;%1&apos; cannot be read: %2</source>
        <translation>其部分“%1”无法读取：%2</translation>
    </message>
    <message>
        <location filename="../core/export/annotations_export.cpp" line="102"/>
        <source>%1: the recording is %2; its copy is a .%3 file</source>
        <translation>%1：该记录为 %2；其副本应为 .%3 文件</translation>
    </message>
    <message>
        <location filename="../core/export/annotations_export.cpp" line="110"/>
        <source>%1: annotations are written as .csv, .txt (MNE), .tsv (BIDS events), .edf or .bdf; not as .%2</source>
        <translation>%1：注释可写为 .csv、.txt（MNE）、.tsv（BIDS 事件）、.edf 或 .bdf；不能写为 .%2</translation>
    </message>
    <message>
        <location filename="../core/export/annotations_export.cpp" line="118"/>
        <source>CSV table (*.csv);;MNE annotations (*.txt);;BIDS events (*_events.tsv);;EDF+ copy of the recording (*.edf);;BDF+ copy of the recording (*.bdf)</source>
        <translation>CSV 表格 (*.csv);;MNE 注释 (*.txt);;BIDS 事件 (*_events.tsv);;记录的 EDF+ 副本 (*.edf);;记录的 BDF+ 副本 (*.bdf)</translation>
    </message>
</context>
<context>
    <name>alfee::core::BrainVisionSource</name>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="54"/>
        <source>not a BrainVision header: it has no [Common Infos] section (its first line: &apos;%1&apos;)</source>
        <translation>不是 BrainVision 文件头：没有 [Common Infos] 节（其第一行：“%1”）</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="65"/>
        <source>its first line (&apos;%1&apos;) names no BrainVision version this program knows: read as version 1.0</source>
        <translation>其第一行（“%1”）不是本程序已知的 BrainVision 版本：按 1.0 版读取</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="84"/>
        <source>its SamplingInterval (&apos;%1&apos;) is not a positive number of microseconds</source>
        <translation>其 SamplingInterval（“%1”）不是以微秒计的正数</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="87"/>
        <source>it holds %1 data, not samples in time (DataType)</source>
        <translation>它保存的是 %1 数据，而不是时域采样（DataType）</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="90"/>
        <source>its DataOrientation &apos;%1&apos; is neither MULTIPLEXED nor VECTORIZED</source>
        <translation>其 DataOrientation“%1”既不是 MULTIPLEXED 也不是 VECTORIZED</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="92"/>
        <source>its DataFormat &apos;%1&apos; is neither BINARY nor ASCII</source>
        <translation>其 DataFormat“%1”既不是 BINARY 也不是 ASCII</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="94"/>
        <source>its BinaryFormat &apos;%1&apos; is none of INT_16, UINT_16, INT_32, UINT_32, IEEE_FLOAT_32, IEEE_FLOAT_64</source>
        <translation>其 BinaryFormat“%1”不是 INT_16、UINT_16、INT_32、UINT_32、IEEE_FLOAT_32、IEEE_FLOAT_64 之一</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="117"/>
        <source>its NumberOfChannels (&apos;%1&apos;) is not a positive number</source>
        <translation>其 NumberOfChannels（“%1”）不是正数</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="125"/>
        <source>its [Channel Infos] has no line Ch%1 for its %2 channels</source>
        <translation>其 [Channel Infos] 中缺少 %2 个通道中的 Ch%1 行</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="135"/>
        <source>channel %1&apos;s resolution &apos;%2&apos; is not a number</source>
        <translation>通道 %1 的分辨率“%2”不是数字</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="164"/>
        <source>the data file it names (&apos;%1&apos;) is not there: read %2 beside it</source>
        <translation>它所指的数据文件（“%1”）不存在：改为读取旁边的 %2</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="170"/>
        <source>its data file &apos;%1&apos; cannot be opened: %2</source>
        <translation>无法打开其数据文件“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="171"/>
        <source>the header names none</source>
        <translation>文件头未指定数据文件</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="177"/>
        <source>its data file %1 holds no samples</source>
        <translation>其数据文件 %1 不含采样</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="189"/>
        <source>its data file cannot be mapped: %1</source>
        <translation>无法映射其数据文件：%1</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="204"/>
        <source>its data file ends in part of a sample point (%1 bytes), left out</source>
        <translation>其数据文件以不完整的采样点结尾（%1 字节），已略去</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="210"/>
        <source>its header promises %1 samples; the data file holds %2: read the %2</source>
        <translation>其文件头声明 %1 个采样；数据文件只有 %2 个：读取这 %2 个</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="237"/>
        <source>line %1 of its data file: &apos;%2&apos; is not a number</source>
        <translation>其数据文件第 %1 行：“%2”不是数字</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="253"/>
        <source>its data file holds %1 rows for its %2 channels</source>
        <translation>其数据文件对 %2 个通道却有 %1 行</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="260"/>
        <source>row %1 of its data file holds %2 values, not %3</source>
        <translation>其数据文件第 %1 行有 %2 个值，而不是 %3 个</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="283"/>
        <source>its marker file %1 cannot be read (%2): no markers</source>
        <translation>无法读取其标记文件 %1（%2）：没有标记</translation>
    </message>
    <message>
        <location filename="../core/recording/brainvision_source.cpp" line="298"/>
        <source>%1 markers lie outside the samples and are left out</source>
        <translation>%1 个标记位于采样范围之外，已略去</translation>
    </message>
</context>
<context>
    <name>alfee::ui::AnnotationList</name>
    <message>
        <location filename="../ui/viewer/annotation_list.cpp" line="20"/>
        <source>Onset</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../ui/viewer/annotation_list.cpp" line="20"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../ui/viewer/annotation_list.cpp" line="20"/>
        <source>Annotation</source>
        <translation>注释</translation>
    </message>
</context>
<context>
    <name>alfee::ui::AnnotationTools</name>
    <message>
        <location filename="../ui/viewer/annotation_tools.cpp" line="43"/>
        <source>Annotate</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../ui/viewer/annotation_tools.cpp" line="46"/>
        <source>Annotate (A): drag over the traces to mark a span with the label beside; drag an annotation&apos;s edges or its band to change it. M marks the time under the mouse, Delete removes the selected annotation, a double click renames it.</source>
        <translation>标注 (A)：在波形上拖动，用旁边的标签标记一段；拖动注释的边缘或其色带来修改它。M 在鼠标所在时间处做标记，Delete 删除所选注释，双击重命名。</translation>
    </message>
    <message>
        <location filename="../ui/viewer/annotation_tools.cpp" line="53"/>
        <source>The text of the annotations you add</source>
        <translation>新增注释的文字</translation>
    </message>
    <message>
        <location filename="../ui/viewer/annotation_tools.cpp" line="56"/>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <location filename="../ui/viewer/annotation_tools.cpp" line="58"/>
        <source>Write the annotations shown as CSV, MNE text, BIDS events.tsv, or an EDF+ copy of the recording with them</source>
        <translation>将所显示的注释写为 CSV、MNE 文本、BIDS events.tsv，或带这些注释的记录 EDF+ 副本</translation>
    </message>
    <message>
        <location filename="../ui/viewer/annotation_tools.cpp" line="138"/>
        <location filename="../ui/viewer/annotation_tools.cpp" line="145"/>
        <source>Type the label of the annotation first</source>
        <translation>请先输入注释的标签</translation>
    </message>
    <message>
        <location filename="../ui/viewer/annotation_tools.cpp" line="192"/>
        <source>Rename annotation</source>
        <translation>重命名注释</translation>
    </message>
    <message>
        <location filename="../ui/viewer/annotation_tools.cpp" line="192"/>
        <source>Text:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <location filename="../ui/viewer/annotation_tools.cpp" line="202"/>
        <source>Channels of %1</source>
        <translation>%1 的通道</translation>
    </message>
    <message>
        <location filename="../ui/viewer/annotation_tools.cpp" line="215"/>
        <source>The channels it concerns (none ticked: all of them)</source>
        <translation>它涉及的通道（不勾选：全部通道）</translation>
    </message>
    <message>
        <location filename="../ui/viewer/annotation_tools.cpp" line="229"/>
        <source>No recording is open</source>
        <translation>没有打开的记录</translation>
    </message>
    <message>
        <location filename="../ui/viewer/annotation_tools.cpp" line="240"/>
        <source>Export annotations</source>
        <translation>导出注释</translation>
    </message>
    <message>
        <location filename="../ui/viewer/annotation_tools.cpp" line="250"/>
        <source>Rename...</source>
        <translation>重命名...</translation>
    </message>
    <message>
        <location filename="../ui/viewer/annotation_tools.cpp" line="252"/>
        <source>Channels...</source>
        <translation>通道...</translation>
    </message>
    <message>
        <location filename="../ui/viewer/annotation_tools.cpp" line="254"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>alfee::ui::AttentionView</name>
    <message>
        <location filename="../ui/inspect/attention_view.cpp" line="48"/>
        <source>The second the scalp map shows (Home, End, arrows)</source>
        <translation>头皮图显示的那一秒（Home、End、方向键）</translation>
    </message>
    <message>
        <location filename="../ui/inspect/attention_view.cpp" line="64"/>
        <source>Time in the window (s)</source>
        <translation>窗口内时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/inspect/attention_view.cpp" line="65"/>
        <source>task token</source>
        <translation>任务标记</translation>
    </message>
    <message>
        <location filename="../ui/inspect/attention_view.cpp" line="94"/>
        <source>Choose a model and a recording.</source>
        <translation>请选择一个模型和一个记录。</translation>
    </message>
    <message>
        <location filename="../ui/inspect/attention_view.cpp" line="125"/>
        <source>%1 of %2</source>
        <translation>第 %1 层，共 %2 层</translation>
    </message>
    <message>
        <location filename="../ui/inspect/attention_view.cpp" line="126"/>
        <source>mean of the layers</source>
        <translation>各层平均</translation>
    </message>
    <message>
        <location filename="../ui/inspect/attention_view.cpp" line="131"/>
        <source>%1 at %2 s: where the channel encoder looked in each second (the scalp map; click the traces or move the slider), and where the fine-tuning token looked (the strip).</source>
        <translation>%1，%2 秒处：通道编码器每一秒关注的位置（头皮图；点击曲线或拖动滑块），以及微调标记关注的位置（下方条带）。</translation>
    </message>
    <message>
        <location filename="../ui/inspect/attention_view.cpp" line="142"/>
        <source>A pretrained model has no fine-tuning token: choose a fine-tuned run to see what it attends to.</source>
        <translation>预训练模型没有微调标记：请选择一个微调运行来查看它关注什么。</translation>
    </message>
    <message>
        <location filename="../ui/inspect/attention_view.cpp" line="144"/>
        <source>Class probabilities: %1</source>
        <translation>类别概率：%1</translation>
    </message>
    <message>
        <location filename="../ui/inspect/attention_view.cpp" line="176"/>
        <source>Second %1-%2 of the window</source>
        <translation>窗口内第 %1-%2 秒</translation>
    </message>
    <message>
        <location filename="../ui/inspect/attention_view.cpp" line="176"/>
        <source>attention</source>
        <translation>注意力</translation>
    </message>
</context>
<context>
    <name>alfee::ui::ChannelChooser</name>
    <message>
        <location filename="../ui/viewer/channel_chooser.cpp" line="15"/>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../ui/viewer/channel_chooser.cpp" line="20"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/viewer/channel_chooser.cpp" line="21"/>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>alfee::ui::ChannelsPage</name>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="246"/>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="256"/>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="248"/>
        <source>Which channels of each recording the model gets as which electrode. Check them before going on: nothing is left out silently.</source>
        <translation>每个记录的哪些通道作为哪个电极输入模型。继续之前请检查：不会有任何通道被悄悄丢弃。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="256"/>
        <source>Recording</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="259"/>
        <source>The channel mapping is right for every recording</source>
        <translation>每个记录的通道映射都正确</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="278"/>
        <source>Reading the recordings (from a scratch copy of the workspace)...</source>
        <translation>正在读取记录（从工作区的临时副本）...</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="341"/>
        <source>The data cannot be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="325"/>
        <source>%n electrode(s)</source>
        <translation>
            <numerusform>%n 个电极</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="328"/>
        <source>model input</source>
        <translation>模型输入</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="328"/>
        <source>not model input</source>
        <translation>非模型输入</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="331"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="328"/>
        <source>missing here</source>
        <translation>此处缺少</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="354"/>
        <source>%1 recording(s), %2 window(s). %3 recording(s) lack electrodes that others have: the model takes each recording&apos;s own set.</source>
        <translation>%1 个记录，%2 个窗口。%3 个记录缺少其他记录具有的电极：模型使用每个记录自身的电极集合。</translation>
    </message>
</context>
<context>
    <name>alfee::ui::DataPage</name>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="93"/>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="236"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="95"/>
        <source>Fine-tune on a dataset of this workspace, or on files and folders labelled by their names.</source>
        <translation>在本工作区的数据集上微调，或在按文件名标注的文件和文件夹上微调。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="97"/>
        <source>A dataset of this workspace</source>
        <translation>本工作区的数据集</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="98"/>
        <source>Files and folders</source>
        <translation>文件和文件夹</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="104"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="104"/>
        <source>File name matches (regular expression)</source>
        <translation>文件名匹配（正则表达式）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="109"/>
        <source>auto: the subject of a known naming scheme (%1); otherwise group 1 of this regular expression in a file&apos;s name is its subject</source>
        <translation>auto：按已知命名方案确定被试（%1）；否则此正则表达式在文件名中的第 1 组即为被试</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="117"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="121"/>
        <source>Recordings</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="123"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="124"/>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="127"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="162"/>
        <source>%n file(s) of %1 subject(s): %2</source>
        <translation>
            <numerusform>%1 个受试者的 %n 个文件：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="168"/>
        <source>No known naming scheme says whose %n file(s) are: each one&apos;s subject is guessed as the letters and digits that start its name.</source>
        <translation>
            <numerusform>没有已知的命名方案能说明这 %n 个文件属于谁：每个文件的受试者按其名称开头的字母和数字推测。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="174"/>
        <source>If they are sessions of fewer people, the subject pattern %1 finds %2 subjects of %3 files each (%4).</source>
        <translation>如果它们是较少几个人的多次会话，受试者模式 %1 会找到 %2 个受试者，每人 %3 个文件（%4）。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="183"/>
        <source>Group as sessions of one person (%1)</source>
        <translation>作为同一人的多次会话分组（%1）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="196"/>
        <source>A dataset of this workspace (none yet)</source>
        <translation>本工作区的数据集（尚无）</translation>
    </message>
</context>
<context>
    <name>alfee::ui::DatasetBuilder</name>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="57"/>
        <source>New dataset</source>
        <translation>新建数据集</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="63"/>
        <source>Preview counts</source>
        <translation>预览计数</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="64"/>
        <source>Save dataset</source>
        <translation>保存数据集</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="75"/>
        <source>Windows per class, split and subject</source>
        <translation>按类别、划分和受试者统计的窗口数</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="83"/>
        <source>Replace dataset</source>
        <translation>替换数据集</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="84"/>
        <source>A dataset named %1 exists already. Replace it with this one?</source>
        <translation>已存在名为 %1 的数据集。要用当前数据集替换它吗？</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="94"/>
        <source>(choose a task)</source>
        <translation>（请选择任务）</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="96"/>
        <source>File names (a pattern per class)</source>
        <translation>文件名（每个类别一个模式）</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="97"/>
        <source>Annotation texts (a text per class)</source>
        <translation>注释文本（每个类别一个文本）</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="98"/>
        <source>A participants.tsv column (a value per class)</source>
        <translation>participants.tsv 中的一列（每个类别一个值）</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="100"/>
        <source>column of an imported BIDS dataset, e.g. group</source>
        <translation>已导入 BIDS 数据集的列，例如 group</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="105"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="105"/>
        <source>Pattern, annotation or value</source>
        <translation>模式、注释或取值</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="107"/>
        <source>Add class</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="111"/>
        <source>regular expression on file names; empty: all</source>
        <translation>文件名正则表达式；留空：全部</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="113"/>
        <source>required electrodes, e.g. Fp1,Fp2,C3; empty: all mapped</source>
        <translation>必需电极，例如 Fp1,Fp2,C3；留空：全部已映射电极</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="122"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="123"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="124"/>
        <source>Labels from</source>
        <translation>标签来源</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="128"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="130"/>
        <source>Recordings</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="131"/>
        <source>Channel set</source>
        <translation>通道集合</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="132"/>
        <source>Window (s)</source>
        <translation>窗口（秒）</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="133"/>
        <source>Stride (s)</source>
        <translation>步长（秒）</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="134"/>
        <source>Train / validation / test</source>
        <translation>训练 / 验证 / 测试</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="137"/>
        <source>Split seed</source>
        <translation>划分随机种子</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="194"/>
        <location filename="../ui/datasets/dataset_builder.cpp" line="254"/>
        <source>No workspace is open.</source>
        <translation>没有打开的工作区。</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="215"/>
        <source>Nothing left out.</source>
        <translation>没有排除任何记录。</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="216"/>
        <source>Left out: %1</source>
        <translation>已排除：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/datasets/dataset_builder.cpp" line="217"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 等另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="231"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="233"/>
        <source>split: %1</source>
        <translation>划分：%1</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="234"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="238"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_builder.cpp" line="266"/>
        <source>Not saved: a dataset named %1 exists already</source>
        <translation>未保存：已存在名为 %1 的数据集</translation>
    </message>
</context>
<context>
    <name>alfee::ui::DatasetManager</name>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="74"/>
        <source>Import files...</source>
        <translation>导入文件...</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="75"/>
        <source>Import folder...</source>
        <translation>导入文件夹...</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="76"/>
        <source>New dataset...</source>
        <translation>新建数据集...</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="80"/>
        <source>Filter recordings (file, subject, format...)</source>
        <translation>筛选记录（文件、受试者、格式……）</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="91"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="91"/>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="91"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="91"/>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="92"/>
        <source>Rates</source>
        <translation>采样率</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="92"/>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="92"/>
        <source>Annotations</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="93"/>
        <source>Mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="124"/>
        <source>Import recordings</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="77"/>
        <source>or drop recordings, folders or a BIDS dataset here</source>
        <translation>或将记录、文件夹或 BIDS 数据集拖放到这里</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="67"/>
        <source>%1-%2 Hz</source>
        <translation>%1-%2 Hz</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="128"/>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="200"/>
        <source>%1 of %2 mapped</source>
        <translation>已映射 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/datasets/dataset_manager.cpp" line="203"/>
        <source>, %n duplicate(s)</source>
        <translation>
            <numerusform>，%n 个重复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="259"/>
        <location filename="../ui/datasets/dataset_manager.cpp" line="351"/>
        <location filename="../ui/datasets/dataset_manager.cpp" line="425"/>
        <location filename="../ui/datasets/workspace_edits.cpp" line="22"/>
        <source>No workspace is open.</source>
        <translation>没有打开的工作区。</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="267"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;task %2, %3 s windows every %4 s, %5 windows&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;任务 %2，每 %4 秒取 %3 秒窗口，共 %5 个窗口&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="274"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="282"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/datasets/dataset_manager.cpp" line="333"/>
        <source>%n recording(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/datasets/dataset_manager.cpp" line="334"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="335"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="336"/>
        <source>; the filter was cleared to show them</source>
        <translation>；已清除筛选条件以显示它们</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="394"/>
        <source>Rename file...</source>
        <translation>重命名文件……</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="395"/>
        <source>Delete from workspace</source>
        <translation>从工作区删除</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="404"/>
        <source>Edit...</source>
        <translation>编辑……</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="405"/>
        <source>Rename...</source>
        <translation>重命名……</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="406"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="409"/>
        <source>Export windows as BIDS events...</source>
        <translation>将窗口导出为 BIDS 事件...</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="423"/>
        <source>Folder for the events.tsv files of dataset &apos;%1&apos;</source>
        <translation>数据集“%1”的 events.tsv 文件所在文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/datasets/dataset_manager.cpp" line="430"/>
        <source>Dataset &apos;%1&apos;: %n events.tsv file(s) in %2</source>
        <translation>
            <numerusform>数据集“%1”：%n 个 events.tsv 文件，位于 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="439"/>
        <source>Rename file</source>
        <translation>重命名文件</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="440"/>
        <source>New file name (the file on disk is renamed):</source>
        <translation>新文件名（磁盘上的文件将被重命名）：</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="457"/>
        <source>Rename dataset</source>
        <translation>重命名数据集</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="457"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../ui/datasets/dataset_manager.cpp" line="305"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
</context>
<context>
    <name>alfee::ui::FineTuneWizard</name>
    <message>
        <location filename="../ui/wizard/finetune_wizard.cpp" line="20"/>
        <source>New fine-tuning run</source>
        <translation>新建微调运行</translation>
    </message>
</context>
<context>
    <name>alfee::ui::HeadView</name>
    <message>
        <location filename="../ui/montage/head_view.cpp" line="57"/>
        <source>reference: %1</source>
        <translation>参考：%1</translation>
    </message>
    <message>
        <location filename="../ui/montage/head_view.cpp" line="63"/>
        <source>as recorded</source>
        <translation>按原始记录</translation>
    </message>
    <message>
        <location filename="../ui/montage/head_view.cpp" line="65"/>
        <source>average</source>
        <translation>平均参考</translation>
    </message>
    <message>
        <location filename="../ui/montage/head_view.cpp" line="67"/>
        <source>linked ears (A1, A2)</source>
        <translation>双耳连接参考（A1、A2）</translation>
    </message>
    <message>
        <location filename="../ui/montage/head_view.cpp" line="71"/>
        <source>double banana</source>
        <translation>双香蕉导联</translation>
    </message>
    <message>
        <location filename="../ui/montage/head_view.cpp" line="121"/>
        <source>%1 of %2 electrodes covered</source>
        <translation>覆盖 %1 / %2 个电极</translation>
    </message>
</context>
<context>
    <name>alfee::ui::HelpGuide</name>
    <message>
        <location filename="../ui/common/help_guide.cpp" line="19"/>
        <source>&lt;p&gt;The window shows one workspace: &lt;b&gt;%1&lt;/b&gt;. Its recordings, datasets and runs are kept together in that file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;窗口显示一个工作区：&lt;b&gt;%1&lt;/b&gt;。它的记录、数据集和运行都保存在这个文件中。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/common/help_guide.cpp" line="24"/>
        <source>&lt;p&gt;&lt;b&gt;This is the demo workspace&lt;/b&gt;, with bundled recordings to try each step on. For your own recordings make a workspace of your own first: &lt;b&gt;File &amp;gt; New workspace...&lt;/b&gt; (importing here asks which one they go into).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;这是演示工作区&lt;/b&gt;，附带的记录可用来逐步尝试每个操作。要使用您自己的记录，请先创建自己的工作区：&lt;b&gt;文件 &amp;gt; 新建工作区...&lt;/b&gt;（在此导入时会询问导入到哪个工作区）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/common/help_guide.cpp" line="32"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;a name=&quot;datasets&quot;&gt;&lt;/a&gt;&lt;b&gt;Import recordings&lt;/b&gt;: File &amp;gt; Import recordings... (Ctrl+I), the Import buttons of the Datasets tab, or drop files, folders or a BIDS dataset there. EDF, EDF+, BDF, BrainVision, Neuroscan CNT, EEGLAB .set, FIF and XDF; through BioSig also GDF.&lt;/li&gt;&lt;li&gt;&lt;a name=&quot;viewer&quot;&gt;&lt;/a&gt;&lt;b&gt;View a recording&lt;/b&gt;: double-click it in the Datasets tab. Page Up and Page Down turn pages, + and - change the scale, Up and Down scroll the lanes; the annotations are listed beside the traces.&lt;/li&gt;&lt;li&gt;&lt;a name=&quot;montage&quot;&gt;&lt;/a&gt;&lt;b&gt;Check the channels&lt;/b&gt;: the Montage tab shows which channel the model reads as which electrode; correct a channel there and press Save mapping.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Build a dataset&lt;/b&gt;: File &amp;gt; New dataset... (Ctrl+D): classes from annotations or file names, the window length, and a split of the subjects into training, validation and test.&lt;/li&gt;&lt;li&gt;&lt;a name=&quot;runs&quot;&gt;&lt;/a&gt;&lt;b&gt;Fine-tune the model&lt;/b&gt;: the &lt;b&gt;New fine-tuning run...&lt;/b&gt; button of the Runs tab opens a wizard, step by step. The run&apos;s curves, metrics and confusion matrix appear in the Runs tab as it trains; select two runs to compare them; Export report... writes it as HTML or PDF.&lt;/li&gt;&lt;li&gt;&lt;a name=&quot;inspect&quot;&gt;&lt;/a&gt;&lt;b&gt;Inspect the model&lt;/b&gt;: the Inspect tab shows what it reconstructs of a hidden part of a recording and where it attends.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;F1 opens this guide again. Help &amp;gt; About shows the version, the licences and the paper to cite. The command line, &lt;tt&gt;alfee&lt;/tt&gt;, does the same steps in scripts (&lt;tt&gt;alfee --help&lt;/tt&gt;).&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;a name=&quot;datasets&quot;&gt;&lt;/a&gt;&lt;b&gt;导入记录&lt;/b&gt;：文件 &amp;gt; 导入记录...（Ctrl+I）、“数据集”页的导入按钮，或将文件、文件夹或 BIDS 数据集拖放到那里。支持 EDF、EDF+、BDF、BrainVision、Neuroscan CNT、EEGLAB .set、FIF 和 XDF；通过 BioSig 还支持 GDF。&lt;/li&gt;&lt;li&gt;&lt;a name=&quot;viewer&quot;&gt;&lt;/a&gt;&lt;b&gt;查看记录&lt;/b&gt;：在“数据集”页双击它。Page Up 和 Page Down 翻页，+ 和 - 调整幅度，Up 和 Down 滚动通道；注释列在波形旁边。&lt;/li&gt;&lt;li&gt;&lt;a name=&quot;montage&quot;&gt;&lt;/a&gt;&lt;b&gt;检查通道&lt;/b&gt;：“导联”页显示模型把哪个通道读作哪个电极；在那里更正通道后按“保存映射”。&lt;/li&gt;&lt;li&gt;&lt;b&gt;构建数据集&lt;/b&gt;：文件 &amp;gt; 新建数据集...（Ctrl+D）：从注释或文件名得到类别、窗口长度，以及把受试者划分为训练、验证和测试。&lt;/li&gt;&lt;li&gt;&lt;a name=&quot;runs&quot;&gt;&lt;/a&gt;&lt;b&gt;微调模型&lt;/b&gt;：“运行”页的&lt;b&gt;新建微调运行...&lt;/b&gt;按钮会打开一个分步向导。训练过程中，运行的曲线、指标和混淆矩阵显示在“运行”页；选择两个运行即可比较；“导出报告...”将其写为 HTML 或 PDF。&lt;/li&gt;&lt;li&gt;&lt;a name=&quot;inspect&quot;&gt;&lt;/a&gt;&lt;b&gt;检视模型&lt;/b&gt;：“检视”页显示模型对记录中被隐藏部分的重建，以及它的注意力所在。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;按 F1 可再次打开本指南。帮助 &amp;gt; 关于 显示版本、许可证以及应引用的论文。命令行工具 &lt;tt&gt;alfee&lt;/tt&gt; 可在脚本中完成同样的步骤（&lt;tt&gt;alfee --help&lt;/tt&gt;）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/common/help_guide.cpp" line="62"/>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <location filename="../ui/common/help_guide.cpp" line="74"/>
        <source>&lt;h3&gt;What to do next&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;下一步做什么&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/common/help_guide.cpp" line="90"/>
        <source>&lt;p&gt;&lt;b&gt;The shipped checkpoint.&lt;/b&gt; ALFEE-tiny (1.4 M parameters), pretrained for 1000 steps on 2.2 h of EEGMMIDB (EEGMAT left out), far below the paper&apos;s 25,000 h. On the Workload study (EEGMAT, 6 subject-wise folds) its frozen features beside band power, aligned and centred per subject, are level with band power on balanced accuracy and above it on AUROC; fine-tuned whole it is below band power.</source>
        <translation>&lt;p&gt;&lt;b&gt;随附的检查点。&lt;/b&gt;ALFEE-tiny（140 万参数），在 2.2 小时的 EEGMMIDB 上预训练 1000 步（不含 EEGMAT），远少于论文的 25,000 小时。在 Workload 研究（EEGMAT，按受试者划分的 6 折）中，其冻结特征与频带功率并用、按受试者对齐并中心化后，平衡准确率与频带功率持平，AUROC 高于频带功率；整体微调时则低于频带功率。</translation>
    </message>
    <message>
        <location filename="../ui/common/help_guide.cpp" line="98"/>
        <source> Its model card: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>模型卡：&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;。</translation>
    </message>
    <message>
        <location filename="../ui/common/help_guide.cpp" line="106"/>
        <source>&lt;h3&gt;ALFEE Workbench %1&lt;/h3&gt;&lt;p&gt;A desktop application and command line for the EEG foundation model of Xiong et al., &quot;ALFEE: Adaptive Large Foundation Model for EEG Representation&quot;, arXiv:2505.06291 (2025). Please cite that paper when you publish results of the model.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence.&lt;/b&gt; ALFEE Workbench is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. It links Qt 6 (LGPL-3.0), LibTorch (BSD-3-Clause), EDFlib (BSD-3-Clause), SQLite (public domain), libmatio (BSD-2-Clause), QCustomPlot, libbiosig and libxdf (GPL-3.0+). The bundled recordings are PhysioNet EEGMAT and EEGMMIDB (ODC-By-1.0), Sleep-EDF and an MNE test file; the electrode positions come from MNE-Python (BSD-3-Clause). The README beside the data names their citations.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ALFEE Workbench %1&lt;/h3&gt;&lt;p&gt;Xiong 等人的脑电基础模型的桌面应用程序和命令行工具，论文：“ALFEE: Adaptive Large Foundation Model for EEG Representation”，arXiv:2505.06291（2025）。发表使用该模型得到的结果时，请引用这篇论文。&lt;/p&gt;&lt;p&gt;&lt;b&gt;许可证。&lt;/b&gt;ALFEE Workbench 是自由软件：您可以依据 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本（GPL-3.0-or-later）的条款再分发和/或修改它。它不提供任何担保。它链接了 Qt 6（LGPL-3.0）、LibTorch（BSD-3-Clause）、EDFlib（BSD-3-Clause）、SQLite（公有领域）、libmatio（BSD-2-Clause）、QCustomPlot、libbiosig 和 libxdf（GPL-3.0+）。附带的记录来自 PhysioNet EEGMAT 和 EEGMMIDB（ODC-By-1.0）、Sleep-EDF 以及一个 MNE 测试文件；电极位置来自 MNE-Python（BSD-3-Clause）。数据旁的 README 列出了它们的引用。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>alfee::ui::ImportReport</name>
    <message>
        <location filename="../ui/datasets/import_report.cpp" line="19"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../ui/datasets/import_report.cpp" line="21"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../ui/datasets/import_report.cpp" line="23"/>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <location filename="../ui/datasets/import_report.cpp" line="25"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/datasets/import_report.cpp" line="27"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../ui/datasets/import_report.cpp" line="29"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/datasets/import_report.cpp" line="39"/>
        <source>EEG recordings (%1);;All files (*)</source>
        <translation>脑电记录 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/datasets/import_report.cpp" line="44"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../ui/datasets/import_report.cpp" line="48"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/datasets/import_report.cpp" line="48"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/datasets/import_report.cpp" line="48"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/datasets/import_report.cpp" line="82"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
</context>
<context>
    <name>alfee::ui::JobController</name>
    <message>
        <location filename="../ui/common/job_controller.cpp" line="70"/>
        <source>a %1 run cannot be resumed; run it again</source>
        <translation>%1 类型的运行无法继续；请重新运行</translation>
    </message>
</context>
<context>
    <name>alfee::ui::LabelsPage</name>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="367"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="368"/>
        <source>The classes and how many windows each has.</source>
        <translation>各类别及其窗口数量。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="388"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="388"/>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="388"/>
        <source>Subjects</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="388"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="408"/>
        <source>No window for %1: check the class rule (Back). Next needs a window in every class.</source>
        <translation>%1 没有窗口：请检查类别规则（上一步）。每个类别都有窗口才能继续。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="412"/>
        <source>The classes are unbalanced (%1:%2): balanced accuracy and the balanced weights of the loss account for it.</source>
        <translation>类别不平衡（%1:%2）：平衡准确率和损失的平衡权重会对此进行校正。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="416"/>
        <source>Left out: %1</source>
        <translation>已排除：%1</translation>
    </message>
</context>
<context>
    <name>alfee::ui::MainWindow</name>
    <message>
        <location filename="../ui/common/main_window.cpp" line="50"/>
        <source>ALFEE Workbench</source>
        <translation>ALFEE 工作台</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="56"/>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="57"/>
        <source>Montage</source>
        <translation>导联</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="58"/>
        <source>Viewer</source>
        <translation>查看器</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="60"/>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="62"/>
        <source>Inspect</source>
        <translation>检视</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="71"/>
        <source>Annotations</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="104"/>
        <source>Importing into %1: %2 of %3, %4</source>
        <translation>正在导入到 %1：第 %2 个，共 %3 个，%4</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="139"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="159"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="160"/>
        <source>&amp;New workspace...</source>
        <translation>新建工作区(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="161"/>
        <source>&amp;Open workspace...</source>
        <translation>打开工作区(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="163"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="165"/>
        <source>&amp;Import recordings...</source>
        <translation>导入记录(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="165"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="167"/>
        <source>Import recordings</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="170"/>
        <source>New &amp;dataset...</source>
        <translation>新建数据集(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="170"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="173"/>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="174"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="175"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="180"/>
        <location filename="../ui/common/main_window.cpp" line="266"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="181"/>
        <location filename="../ui/common/main_window.cpp" line="267"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="193"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="194"/>
        <source>&amp;Getting started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="197"/>
        <source>&amp;About ALFEE Workbench</source>
        <translation>关于 ALFEE Workbench(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="198"/>
        <source>About ALFEE Workbench</source>
        <translation>关于 ALFEE Workbench</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="199"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="237"/>
        <source>Import into the demo workspace?</source>
        <translation>导入到演示工作区？</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/main_window.cpp" line="238"/>
        <source>The window shows the demo workspace. %n recording(s) of yours would go in beside the demo recordings. Make a workspace of your own for them?</source>
        <translation>
            <numerusform>窗口显示的是演示工作区。您的 %n 个记录将与演示记录放在一起。要为它们创建您自己的工作区吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="242"/>
        <source>New workspace...</source>
        <translation>新建工作区...</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="243"/>
        <source>Into the demo workspace</source>
        <translation>导入到演示工作区</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="266"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="267"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="283"/>
        <source>Creating the demo workspace...</source>
        <translation>正在创建演示工作区...</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="291"/>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="306"/>
        <location filename="../ui/common/main_window.cpp" line="334"/>
        <location filename="../ui/common/main_window.cpp" line="342"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="307"/>
        <location filename="../ui/common/main_window.cpp" line="319"/>
        <source>ALFEE workspaces (*.alfee)</source>
        <translation>ALFEE 工作区 (*.alfee)</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="318"/>
        <location filename="../ui/common/main_window.cpp" line="324"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="346"/>
        <source>ALFEE Workbench - %1</source>
        <translation>ALFEE 工作台 - %1</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="447"/>
        <source>No workspace is open.</source>
        <translation>没有打开的工作区。</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="518"/>
        <source>Run %1 is training. Closing the workbench cancels it after its current step; it keeps its last checkpoint and can be resumed from the Runs tab. Close anyway?</source>
        <translation>运行 %1 正在训练。关闭工作台会在当前步骤后取消它；它保留最后的检查点，可在“运行”页用“继续”接着运行。仍要关闭吗？</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="522"/>
        <source>A run is training</source>
        <translation>有运行正在训练</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/main_window.cpp" line="153"/>
        <source>%n recording(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 个记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="358"/>
        <source>Interrupted work</source>
        <translation>被中断的工作</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="419"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="423"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="424"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="425"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="433"/>
        <source>Language (after a restart)</source>
        <translation>语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="434"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/common/main_window.cpp" line="396"/>
        <location filename="../ui/common/main_window.cpp" line="452"/>
        <source>Open recording</source>
        <translation>打开记录</translation>
    </message>
</context>
<context>
    <name>alfee::ui::ModelInspector</name>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="93"/>
        <source>What the model is asked to reconstruct</source>
        <translation>要求模型重建的内容</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="95"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="99"/>
        <source>Where the window starts (Page Up and Page Down step through windows)</source>
        <translation>窗口起始位置（Page Up 和 Page Down 逐窗口切换）</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="52"/>
        <source>&lt; Window</source>
        <translation>&lt; 上一窗口</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="53"/>
        <source>Window &gt;</source>
        <translation>下一窗口 &gt;</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="54"/>
        <source>Export figure...</source>
        <translation>导出图...</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="58"/>
        <source>Reconstruction</source>
        <translation>重建</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="59"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="64"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="66"/>
        <source>Recording</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="144"/>
        <source>Bundled pretrained ALFEE-tiny</source>
        <translation>内置预训练 ALFEE-tiny</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="151"/>
        <source>Run %1: %2 (%3)</source>
        <translation>运行 %1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="156"/>
        <source>Other checkpoint...</source>
        <translation>其他检查点...</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="157"/>
        <source>Other recording...</source>
        <translation>其他记录...</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="182"/>
        <source>Loading %1...</source>
        <translation>正在载入 %1...</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="207"/>
        <source>%1 has no signals, only annotations: there is nothing for the model to read.</source>
        <translation>%1 没有信号，只有注释：模型没有可读取的内容。</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="235"/>
        <source>Running the model on %1 at %2 s...</source>
        <translation>正在对 %1 的 %2 秒处运行模型...</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="253"/>
        <source>The model could not run: %1</source>
        <translation>模型无法运行：%1</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="261"/>
        <source>Open a checkpoint</source>
        <translation>打开检查点</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="261"/>
        <source>ALFEE checkpoints (*.alfee-ckpt);;All files (*)</source>
        <translation>ALFEE 检查点 (*.alfee-ckpt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="269"/>
        <source>Open a recording</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="292"/>
        <source>Export the figure</source>
        <translation>导出图</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="293"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="295"/>
        <source>;;EDF+ original and reconstructed traces (*.edf)</source>
        <translation>;;EDF+ 原始与重建波形 (*.edf)</translation>
    </message>
    <message>
        <location filename="../ui/inspect/model_inspector.cpp" line="301"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>alfee::ui::MontageEditor</name>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="68"/>
        <location filename="../ui/montage/montage_editor.cpp" line="172"/>
        <source>Select a recording in the Datasets tab to edit its mapping.</source>
        <translation>在“数据集”页中选择一个记录以编辑其通道映射。</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="71"/>
        <source>File label</source>
        <translation>文件标签</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="71"/>
        <source>Electrode</source>
        <translation>电极</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="71"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="71"/>
        <source>Included</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="71"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="75"/>
        <source>As recorded</source>
        <translation>原始记录</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="75"/>
        <source>Average reference</source>
        <translation>平均参考</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="75"/>
        <source>Linked ears (A1, A2)</source>
        <translation>双耳连接参考（A1、A2）</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="76"/>
        <source>Double banana</source>
        <translation>双香蕉导联</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="76"/>
        <source>Custom bipolar pairs</source>
        <translation>自定义双极导联对</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="78"/>
        <source>custom pairs, e.g. Fp1-F7, C3-C4</source>
        <translation>自定义导联对，例如 Fp1-F7, C3-C4</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="85"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="86"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="87"/>
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="88"/>
        <source>Save montage...</source>
        <translation>保存导联...</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="89"/>
        <source>Load montage...</source>
        <translation>载入导联...</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="95"/>
        <source>Mapping saved</source>
        <translation>映射已保存</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="99"/>
        <source>Save montage</source>
        <translation>保存导联</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="99"/>
        <location filename="../ui/montage/montage_editor.cpp" line="108"/>
        <source>Montages (*.json)</source>
        <translation>导联文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="103"/>
        <source>Montage saved to %1</source>
        <translation>导联已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="108"/>
        <source>Load montage</source>
        <translation>载入导联</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="121"/>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="194"/>
        <location filename="../ui/montage/montage_editor.cpp" line="320"/>
        <source>No workspace is open.</source>
        <translation>没有打开的工作区。</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="219"/>
        <source>Mapping of %1 (unsaved changes)</source>
        <translation>%1 的通道映射（有未保存的修改）</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="220"/>
        <source>Mapping of %1</source>
        <translation>%1 的通道映射</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="268"/>
        <source>This recording has no A1 and A2 (ears)</source>
        <translation>此记录没有 A1 和 A2（耳部）</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="273"/>
        <source>None of the double banana&apos;s pairs has both electrodes here</source>
        <translation>双香蕉导联的电极对在此都不完整</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="287"/>
        <source>Map %1 to %2</source>
        <translation>将 %1 映射到 %2</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="287"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="316"/>
        <source>No recording is selected: select one in the Datasets tab first</source>
        <translation>未选择记录：请先在“数据集”页中选择一个</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="331"/>
        <source>average</source>
        <translation>平均参考</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="333"/>
        <source>linked ears</source>
        <translation>双耳连接参考</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="337"/>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="344"/>
        <source>as recorded</source>
        <translation>原始记录</translation>
    </message>
    <message>
        <location filename="../ui/montage/montage_editor.cpp" line="363"/>
        <source>Not applied: %1 is not an electrode of the vocabulary; the reference stays %2.</source>
        <translation>未应用：%1 不是词表中的电极；参考保持为 %2。</translation>
    </message>
</context>
<context>
    <name>alfee::ui::OverviewStrip</name>
    <message>
        <location filename="../ui/viewer/overview_strip.cpp" line="17"/>
        <source>The whole recording: annotations, gaps and the page shown. Click to go there.</source>
        <translation>整个记录：注释、间隙和当前页。点击即可跳转到该处。</translation>
    </message>
</context>
<context>
    <name>alfee::ui::ProgressPanel</name>
    <message>
        <location filename="../ui/common/progress_panel.cpp" line="15"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/common/progress_panel.cpp" line="23"/>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <location filename="../ui/common/progress_panel.cpp" line="45"/>
        <source>, about %1 s left</source>
        <translation>，约剩 %1 秒</translation>
    </message>
    <message>
        <location filename="../ui/common/progress_panel.cpp" line="46"/>
        <source>, about %1 min left</source>
        <translation>，约剩 %1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/common/progress_panel.cpp" line="47"/>
        <source>%1 %2/%3%4: %5</source>
        <translation>%1 %2/%3%4：%5</translation>
    </message>
</context>
<context>
    <name>alfee::ui::ReconstructionView</name>
    <message>
        <location filename="../ui/inspect/reconstruction_view.cpp" line="41"/>
        <source>Time in the window (s)</source>
        <translation>窗口内时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/inspect/reconstruction_view.cpp" line="46"/>
        <source>Frequency (Hz)</source>
        <translation>频率（Hz）</translation>
    </message>
    <message>
        <location filename="../ui/inspect/reconstruction_view.cpp" line="47"/>
        <source>log10 power (z-scored patch)</source>
        <translation>log10 功率（z 标准化片段）</translation>
    </message>
    <message>
        <location filename="../ui/inspect/reconstruction_view.cpp" line="102"/>
        <source>Channels masked</source>
        <translation>遮盖通道</translation>
    </message>
    <message>
        <location filename="../ui/inspect/reconstruction_view.cpp" line="103"/>
        <source>Seconds masked</source>
        <translation>遮盖秒段</translation>
    </message>
    <message>
        <location filename="../ui/inspect/reconstruction_view.cpp" line="104"/>
        <source>Forecasting</source>
        <translation>预测未来</translation>
    </message>
    <message>
        <location filename="../ui/inspect/reconstruction_view.cpp" line="105"/>
        <source>Nothing masked</source>
        <translation>不遮盖</translation>
    </message>
    <message>
        <location filename="../ui/inspect/reconstruction_view.cpp" line="157"/>
        <source>%1 at %2 s, %3: the original and the reconstruction (red); shaded patches were hidden from the model. One lane is %4 µV. Median explained variance (EV) over the channels: %5 (0: the model gives their mean and little more).</source>
        <translation>%1，%2 秒处，%3：原始信号与重建信号（红色）；阴影片段对模型隐藏。每条通道道宽为 %4 µV。各通道解释方差（EV）的中位数：%5（0：模型只给出均值，几乎没有更多信息）。</translation>
    </message>
    <message>
        <location filename="../ui/inspect/reconstruction_view.cpp" line="211"/>
        <source>%1 original</source>
        <translation>%1 原始</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inspect/reconstruction_view.cpp" line="215"/>
        <source>%1 reconstructed (%n patch(es))</source>
        <translation>
            <numerusform>%1 重建（%n 个片段）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inspect/reconstruction_view.cpp" line="54"/>
        <source>The channel whose spectra are shown</source>
        <translation>显示其频谱的通道</translation>
    </message>
    <message>
        <location filename="../ui/inspect/reconstruction_view.cpp" line="52"/>
        <source>EV (1: exact)</source>
        <translation>EV（1：完全一致）</translation>
    </message>
    <message>
        <location filename="../ui/inspect/reconstruction_view.cpp" line="61"/>
        <source>Spectra of</source>
        <translation>频谱：</translation>
    </message>
    <message>
        <location filename="../ui/inspect/reconstruction_view.cpp" line="77"/>
        <source>Choose a model and a recording.</source>
        <translation>请选择一个模型和一个记录。</translation>
    </message>
</context>
<context>
    <name>alfee::ui::RecordingAnnotations</name>
    <message>
        <location filename="../ui/viewer/recording_annotations.cpp" line="87"/>
        <location filename="../ui/viewer/recording_annotations.cpp" line="176"/>
        <source>No workspace is open.</source>
        <translation>没有打开的工作区。</translation>
    </message>
    <message>
        <location filename="../ui/viewer/recording_annotations.cpp" line="123"/>
        <source>Annotations are edited in the workspace, never in the file: import the recording (File &gt; Import recordings...) and open it from the Datasets tab to edit them.</source>
        <translation>注释在工作区中编辑，从不写入文件：请导入该记录（文件 &gt; 导入记录...），并从“数据集”标签页打开它以编辑注释。</translation>
    </message>
    <message>
        <location filename="../ui/viewer/recording_annotations.cpp" line="136"/>
        <source>Add annotation %1</source>
        <translation>添加注释 %1</translation>
    </message>
    <message>
        <location filename="../ui/viewer/recording_annotations.cpp" line="145"/>
        <source>Rename annotation %1</source>
        <translation>重命名注释 %1</translation>
    </message>
    <message>
        <location filename="../ui/viewer/recording_annotations.cpp" line="147"/>
        <source>Channels of annotation %1</source>
        <translation>注释 %1 的通道</translation>
    </message>
    <message>
        <location filename="../ui/viewer/recording_annotations.cpp" line="148"/>
        <source>Move annotation %1</source>
        <translation>移动注释 %1</translation>
    </message>
    <message>
        <location filename="../ui/viewer/recording_annotations.cpp" line="156"/>
        <source>Delete annotation %1</source>
        <translation>删除注释 %1</translation>
    </message>
</context>
<context>
    <name>alfee::ui::ReviewPage</name>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="478"/>
        <source>Review</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="496"/>
        <source>K = </source>
        <translation>K = </translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="509"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="520"/>
        <source>Run: %1%2</source>
        <translation>运行：%1%2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="521"/>
        <source>Data: %1, %2 recording(s), %3 window(s) of %4 s</source>
        <translation>数据：%1，%2 个记录，%3 个 %4 秒的窗口</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="526"/>
        <source>Classes: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="527"/>
        <source>as the dataset splits them</source>
        <translation>按数据集自身的划分</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="531"/>
        <source>Test subjects: %1</source>
        <translation>测试受试者：%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="537"/>
        <source>Adaptation first: %1 steps of continued pretraining on the windows of every subject, the test subjects&apos; included (without labels)</source>
        <translation>先适配：在每个受试者（包括测试受试者，不读取其标签）的窗口上继续预训练 %1 步</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="539"/>
        <source>Adaptation first: %1 steps of continued pretraining on the windows of the training and validation subjects</source>
        <translation>先适配：在训练和验证受试者的窗口上继续预训练 %1 步</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="542"/>
        <source>Reference: the band-power baseline on the same split (a run of its own, shown beside the model&apos;s metrics)</source>
        <translation>参照：在相同划分上的频带功率基线（作为单独的运行，与模型的指标并列显示）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="544"/>
        <source>Reference: none (no band-power baseline on this split)</source>
        <translation>参照：无（此划分上没有频带功率基线）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="551"/>
        <source>Settings: a logistic regression (C = %1) on features computed once in batches of %2, seed %3, device %4; no epochs or learning rate</source>
        <translation>设置：在一次计算的特征上（每批 %2 个）拟合逻辑回归（C = %1），种子 %3，设备 %4；无轮数或学习率</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="558"/>
        <source>Settings: %1 epoch(s), batch %2, learning rate %3, seed %4, device %5</source>
        <translation>设置：%1 轮，批大小 %2，学习率 %3，随机种子 %4，设备 %5</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="575"/>
        <source>This run would be refused: %1. Go Back to change the starting point or the recipe.</source>
        <translation>此运行会被拒绝：%1。请返回修改起点或方案。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="529"/>
        <source>drawn by seed %1</source>
        <translation>按种子 %1 抽取</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="479"/>
        <source>Start begins the run; it shows in the Runs tab at once.</source>
        <translation>点击“开始”启动运行；它会立即显示在“运行”标签页中。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="488"/>
        <source>Compare with the band-power baseline over K subject-wise folds</source>
        <translation>在 K 个按受试者划分的折上与频带功率基线比较</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="490"/>
        <source>A study: each fold&apos;s subjects are tested once, by both. Instead of one split, every fold runs these settings and the band-power baseline (aligned and centred as the model is); the Study window then shows both with 95% intervals and paired tests.</source>
        <translation>一项研究：每折的受试者各被两者测试一次。不再只用一次划分，而是每折都运行这些设置和频带功率基线（与模型同样对齐并中心化）；研究窗口随后以 95% 区间和配对检验显示两者。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="532"/>
        <source>Start: %1</source>
        <translation>起点：%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="533"/>
        <source>scratch (%1)</source>
        <translation>从头训练（%1）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="534"/>
        <source>bundled pretrained</source>
        <translation>内置预训练模型</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="545"/>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="547"/>
        <source>Alignment and centring use each test subject&apos;s unlabelled windows (as they would on a new subject); the report says so.</source>
        <translation>对齐和中心化会使用每个测试受试者的无标签窗口（与用于新受试者时相同）；报告中会注明这一点。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="564"/>
        <source>Run time: %1</source>
        <translation>运行时间：%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="565"/>
        <source>not measured (Back to Settings to measure)</source>
        <translation>未测量（返回“设置”进行测量）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="570"/>
        <source>The same run from the command line:</source>
        <translation>用命令行执行同一运行：</translation>
    </message>
</context>
<context>
    <name>alfee::ui::RunDetails</name>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="67"/>
        <source>cancelled at step %1; Resume continues it (alfee %2 --resume %3 from the command line)</source>
        <translation>在第 %1 步取消；“继续”可接着运行（命令行：alfee %2 --resume %3）</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="71"/>
        <source>band power of %1 electrodes x %2 bands, logistic regression</source>
        <translation>%1 个电极 × %2 个频带的频带功率，逻辑回归</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="74"/>
        <source>%1 steps; %2 non-finite steps skipped</source>
        <translation>%1 步；跳过 %2 个非有限步</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="76"/>
        <source>best epoch %1 of %2 (by %3); %4 non-finite steps skipped</source>
        <translation>最佳轮次：第 %1 轮，共 %2 轮（依据%3）；跳过 %4 个非有限步</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="78"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="80"/>
        <source>cancelled while preparing the data</source>
        <translation>在准备数据时取消</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="178"/>
        <source>Select a run to see its curves and results; select two to compare.</source>
        <translation>选择一个运行以查看其曲线和结果；选择两个以进行比较。</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="216"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; &amp;nbsp; %3, &lt;b&gt;%4&lt;/b&gt; &amp;nbsp; dataset %5 &amp;nbsp; start: %6 &amp;nbsp; %7 &amp;nbsp; %8&lt;br&gt;&lt;i&gt;%9&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; &amp;nbsp; %3，&lt;b&gt;%4&lt;/b&gt; &amp;nbsp; 数据集 %5 &amp;nbsp; 起点：%6 &amp;nbsp; %7 &amp;nbsp; %8&lt;br&gt;&lt;i&gt;%9&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="222"/>
        <source>checkpoint at step %1, epoch %2</source>
        <translation>检查点：第 %1 步，第 %2 轮</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="235"/>
        <source>&lt;br&gt;&lt;span style=&quot;color:#c0392b&quot;&gt;This run did not finish. Resume continues it from its last checkpoint.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&quot;color:#c0392b&quot;&gt;此运行未完成。“继续”将从其最后一个检查点继续。&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="265"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="266"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="267"/>
        <source>validation score</source>
        <translation>验证得分</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="318"/>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="319"/>
        <source>true (test split)</source>
        <translation>真实（测试集）</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="331"/>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="334"/>
        <location filename="../ui/runs/run_details.cpp" line="335"/>
        <source>baseline %1</source>
        <translation>基线 %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="348"/>
        <source>Beside the band-power baseline of run %1, fitted on the same windows and split</source>
        <translation>与运行 %1 的频带功率基线并列，该基线在相同的窗口和划分上拟合</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="368"/>
        <source>subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="368"/>
        <source>split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="368"/>
        <source>balanced accuracy</source>
        <translation>平衡准确率</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_details.cpp" line="368"/>
        <source>windows</source>
        <translation>窗口数</translation>
    </message>
</context>
<context>
    <name>alfee::ui::RunListModel</name>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="57"/>
        <source>%1 + LoRA rank %2</source>
        <translation>%1 + LoRA 秩 %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="49"/>
        <source>band power (no model)</source>
        <translation>频带功率（无模型）</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="53"/>
        <source>new %1 model</source>
        <translation>新的 %1 模型</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="39"/>
        <source>scratch (%1)</source>
        <translation>从头训练（%1）</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="41"/>
        <source>adapted by run %1</source>
        <translation>由运行 %1 适配</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="43"/>
        <source>bundled pretrained</source>
        <translation>内置预训练模型</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="62"/>
        <source>fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="63"/>
        <source>pretraining</source>
        <translation>预训练</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="64"/>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="65"/>
        <source>evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="66"/>
        <source>inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="72"/>
        <source>balanced accuracy</source>
        <translation>平衡准确率</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="73"/>
        <source>AUROC</source>
        <translation>AUROC</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="74"/>
        <source>AUC-PR</source>
        <translation>AUC-PR</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="75"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohen&apos;s kappa</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="76"/>
        <source>weighted F1</source>
        <translation>加权 F1</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="77"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="78"/>
        <source>windows</source>
        <translation>窗口数</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="79"/>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="80"/>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="82"/>
        <source>validation balanced accuracy</source>
        <translation>验证集平衡准确率</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="83"/>
        <source>validation AUROC</source>
        <translation>验证集 AUROC</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="89"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="89"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="89"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="89"/>
        <source>Study arm</source>
        <translation>研究分组</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="89"/>
        <source>Fold</source>
        <translation>折</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="90"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="90"/>
        <source>Starting point</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="90"/>
        <source>Test bal. acc.</source>
        <translation>测试平衡准确率</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="91"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="91"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="95"/>
        <source>No experiment</source>
        <translation>无实验</translation>
    </message>
    <message>
        <location filename="../ui/runs/run_list_model.cpp" line="125"/>
        <source>%1, seed %2</source>
        <translation>%1，种子 %2</translation>
    </message>
</context>
<context>
    <name>alfee::ui::RunsDashboard</name>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="178"/>
        <source>Filter runs (name, dataset, kind, experiment...)</source>
        <translation>筛选运行（名称、数据集、类型、实验……）</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="181"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="185"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="209"/>
        <source>New fine-tuning run...</source>
        <translation>新建微调运行...</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="210"/>
        <source>Fine-tune the model on your data, step by step</source>
        <translation>一步步在你的数据上微调模型</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="211"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="214"/>
        <source>Continue an interrupted, cancelled or failed run from its last checkpoint</source>
        <translation>从最后一个检查点继续被中断、取消或失败的运行</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="216"/>
        <source>Cancel run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="221"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="224"/>
        <source>Delete the selected runs and their checkpoints (Edit &gt; Undo brings them back until the workspace is closed)</source>
        <translation>删除所选运行及其检查点（在关闭工作区之前可通过“编辑 &gt; 撤销”恢复）</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="226"/>
        <source>Export report...</source>
        <translation>导出报告...</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="230"/>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="232"/>
        <source>The selected run&apos;s predictions (CSV, or as annotations on EDF+ copies of its recordings) or its weights for PyTorch</source>
        <translation>所选运行的预测（CSV，或作为其记录的 EDF+ 副本上的注释）或供 PyTorch 使用的权重</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="235"/>
        <source>Predictions as CSV...</source>
        <translation>预测导出为 CSV...</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="236"/>
        <source>Predictions as EDF+ annotations...</source>
        <translation>预测导出为 EDF+ 注释...</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="238"/>
        <source>Weights for PyTorch (safetensors)...</source>
        <translation>PyTorch 权重 (safetensors)...</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="241"/>
        <source>Study...</source>
        <translation>研究...</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="244"/>
        <source>The study the selected run belongs to: every arm&apos;s figures with their intervals, each fold&apos;s runs across the arms, the method</source>
        <translation>所选运行所属的研究：每个分组的指标及其区间、各折在各分组间的运行、方法说明</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="352"/>
        <source>Run %1 is running: cancel it before deleting it</source>
        <translation>运行 %1 正在进行：请先取消再删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runs_dashboard.cpp" line="358"/>
        <source>Delete %n run(s)</source>
        <translation>
            <numerusform>删除 %n 个运行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="364"/>
        <source>no workspace is open</source>
        <translation>没有打开的工作区</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="368"/>
        <source>a report is still being written</source>
        <translation>仍在写入一份报告</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="375"/>
        <source>Writing the report of run %1...</source>
        <translation>正在写入运行 %1 的报告...</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="383"/>
        <source>No report: %1</source>
        <translation>未生成报告：%1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="406"/>
        <source>Folder for the EDF+ copies with the predictions</source>
        <translation>存放带预测的 EDF+ 副本的文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/runs_dashboard.cpp" line="411"/>
        <source>%n recording(s) with the predictions as annotations in %1</source>
        <translation>
            <numerusform>%n 个记录已带预测注释，位于 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="423"/>
        <source>Run %1 has no checkpoint</source>
        <translation>运行 %1 没有检查点</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="426"/>
        <source>Export weights</source>
        <translation>导出权重</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="427"/>
        <source>safetensors (*.safetensors)</source>
        <translation>safetensors (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="430"/>
        <source>Weights written to %1 (python/alfee_torch loads them)</source>
        <translation>权重已写入 %1（可由 python/alfee_torch 加载）</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="459"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="384"/>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="129"/>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="131"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="137"/>
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="219"/>
        <source>Stop the selected run, which this window is running; it can be resumed</source>
        <translation>停止本窗口正在运行的所选运行；之后可用“继续”接着运行</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="228"/>
        <source>The selected run as an HTML page or a PDF: metrics, confusion matrix, subjects beside the band-power baseline, curves, reconstruction, attention, command line</source>
        <translation>所选运行导出为 HTML 页面或 PDF：指标、混淆矩阵、与频带功率基线并列的受试者结果、曲线、重建、注意力、命令行</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="385"/>
        <source>Report written to %1 (%2)</source>
        <translation>报告已写入 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="393"/>
        <source>Export predictions</source>
        <translation>导出预测</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="394"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="398"/>
        <source>Predictions written to %1</source>
        <translation>预测已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="460"/>
        <source>HTML page (*.html);;PDF document (*.pdf)</source>
        <translation>HTML 页面 (*.html);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="509"/>
        <source>The run registry cannot be read: %1</source>
        <translation>无法读取运行记录：%1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="572"/>
        <location filename="../ui/runs/runs_dashboard.cpp" line="573"/>
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="575"/>
        <source>metric or setting</source>
        <translation>指标或设置</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="575"/>
        <source>split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="575"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="605"/>
        <source>A run is still going: start this one after it</source>
        <translation>仍有运行在进行：请在其结束后再开始这个运行</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="623"/>
        <source>A run is still going: start this study after it</source>
        <translation>仍有运行在进行：请在它结束后再开始这项研究</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="629"/>
        <source>No workspace is open.</source>
        <translation>没有打开的工作区。</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="640"/>
        <source>The study could not start: %1</source>
        <translation>研究无法开始：%1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="650"/>
        <source>Study %1: %2</source>
        <translation>研究 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="669"/>
        <source>Study %1 paused: go on with alfee study --resume %1</source>
        <translation>研究 %1 已暂停：用 alfee study --resume %1 继续</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="670"/>
        <source>Study %1 ended: its figures are in the Study window</source>
        <translation>研究 %1 已结束：结果见研究窗口</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="678"/>
        <source>%1: adaptation</source>
        <translation>%1：适配</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="696"/>
        <source>Resuming run %1</source>
        <translation>正在继续运行 %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="704"/>
        <source>Cancelling: the run stops after this step, with a checkpoint to resume from</source>
        <translation>正在取消：运行将在这一步之后停止，并保存可供继续的检查点</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="710"/>
        <source>, epoch %1 of %2</source>
        <translation>，第 %1/%2 轮</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="711"/>
        <source>, loss %1</source>
        <translation>，损失 %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/runs_dashboard.cpp" line="740"/>
        <source>Run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
</context>
<context>
    <name>alfee::ui::SettingsPage</name>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="205"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="207"/>
        <source>The defaults work for most lab datasets. Measure the run time before starting a long run.</source>
        <translation>默认值适用于大多数实验室数据集。开始长时间运行前请先测量运行时间。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="214"/>
        <source>GPU where there is one</source>
        <translation>有 GPU 时使用 GPU</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="215"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="216"/>
        <source>GPU (CUDA)</source>
        <translation>GPU（CUDA）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="218"/>
        <source>all (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="222"/>
        <source>groups runs in the dashboard</source>
        <translation>在面板中对运行分组</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="223"/>
        <source>Also fit the band-power baseline on the same split</source>
        <translation>同时在相同划分上拟合频带功率基线</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="230"/>
        <source>On the Workload study (bench/README.md) the probes beat whole-model fine-tuning; aligned and centred band power is as good as the hybrid on balanced accuracy. Alignment and centring use each test subject&apos;s unlabelled windows.</source>
        <translation>在 Workload 研究中（bench/README.md），探针优于整个模型的微调；对齐并中心化的频带功率在平衡准确率上与混合探针相当。对齐和中心化会使用每个测试受试者的无标签窗口。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="233"/>
        <source>Measure the run time</source>
        <translation>测量运行时间</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="234"/>
        <source>Not measured yet.</source>
        <translation>尚未测量。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="237"/>
        <source>Recipe</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="238"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="239"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="240"/>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="241"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="242"/>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="243"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="244"/>
        <source>Run name</source>
        <translation>运行名称</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="245"/>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="246"/>
        <source>Reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="287"/>
        <source>The settings changed since the last measurement: measure again.</source>
        <translation>自上次测量以来设置已更改：请重新测量。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="297"/>
        <source>Could not time it: %1</source>
        <translation>无法计时：%1</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="304"/>
        <source>the whole fine-tuning was timed</source>
        <translation>已对整个微调计时</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="307"/>
        <source>the whole run was timed</source>
        <translation>已对整个运行计时</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="367"/>
        <source>A probe has no training steps: it reads and encodes each window once, about as long as preparing the data.</source>
        <translation>探针没有训练步骤：它对每个窗口只读取并编码一次，耗时与准备数据相当。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="405"/>
        <source>Timing %1: %2 %3 of %4...</source>
        <translation>正在为%1计时：%2 %3/%4...</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="403"/>
        <source>the fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="403"/>
        <source>the adaptation</source>
        <translation>适配</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="415"/>
        <source>Timing %1: step %2 of %3...</source>
        <translation>正在为%1计时：第 %2 步，共 %3 步...</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="444"/>
        <source>data preparation %1, then %2 s a step x %3 steps, and validation and test</source>
        <translation>数据准备 %1，然后每步 %2 秒 × %3 步，再加上验证和测试</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="450"/>
        <source>; early stopping (--patience %1) may end it after epoch %2 of %3, in about %4</source>
        <translation>；早停（--patience %1）可能在第 %2 轮（共 %3 轮）后结束运行，约需 %4</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="463"/>
        <source>adaptation %1 s a step x %2 steps (%3), then fine-tuning: %4</source>
        <translation>适配每步 %1 秒 × %2 步（%3），然后微调：%4</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="470"/>
        <source>At most about %1: %2.</source>
        <translation>最多约 %1：%2。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="386"/>
        <source>Preparing the data and timing %1 steps...</source>
        <translation>正在准备数据并对 %1 步计时...</translation>
    </message>
</context>
<context>
    <name>alfee::ui::SignalViewer</name>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="106"/>
        <source>No recording open.

Double-click a recording in the Datasets tab to view it here, or import EDF/BDF files there first (File &gt; Import recordings).</source>
        <translation>尚未打开记录。

在“数据集”页中双击一个记录即可在此查看，或先在那里导入 EDF/BDF 文件（文件 &gt; 导入记录）。</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="127"/>
        <source>%1 s/page</source>
        <translation>%1 秒/页</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="130"/>
        <source>%1 µV/div</source>
        <translation>%1 µV/格</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="132"/>
        <source>EEG scale; EOG, ECG and EMG keep their ratio to it (+ and - keys)</source>
        <translation>脑电幅度标尺；眼电、心电和肌电按比例随之缩放（+ 和 - 键）</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="199"/>
        <source>Band-pass</source>
        <translation>带通</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="205"/>
        <location filename="../ui/viewer/signal_viewer.cpp" line="211"/>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="213"/>
        <source>No notch</source>
        <translation>无陷波</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="215"/>
        <source>Notch 60 Hz</source>
        <translation>60 Hz 陷波</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="216"/>
        <source>Remove DC</source>
        <translation>去除直流</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="218"/>
        <source>Subtract each trace&apos;s mean over the page (display only)</source>
        <translation>减去每条曲线在本页的均值（仅用于显示）</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="257"/>
        <source>The band-pass needs its low edge below its high edge (%1 &gt;= %2 Hz)</source>
        <translation>带通的下限必须低于上限（%1 &gt;= %2 Hz）</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="285"/>
        <source>No recording</source>
        <translation>无记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/viewer/signal_viewer.cpp" line="322"/>
        <source>%n annotation(s), no signals</source>
        <translation>
            <numerusform>%n 条注释，无信号</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="387"/>
        <source>average</source>
        <translation>平均参考</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="390"/>
        <source>linked ears</source>
        <translation>双耳连接参考</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="611"/>
        <source>, %1-%2 on screen (Up/Down or Shift+wheel for the others)</source>
        <translation>，屏幕上显示第 %1-%2 条（用 Up/Down 或 Shift+滚轮查看其余）</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="386"/>
        <source>As recorded</source>
        <translation>原始记录</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="94"/>
        <source>Annotations written to %1</source>
        <translation>注释已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="387"/>
        <source>Average reference</source>
        <translation>平均参考</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="391"/>
        <source>Linked ears (A1, A2)</source>
        <translation>双耳连接参考（A1、A2）</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="418"/>
        <source>Montage editor: %1</source>
        <translation>导联编辑器：%1</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="603"/>
        <source>%1 - %2 s of %3 s, %4 of %5 traces</source>
        <translation>%1 - %2 秒，共 %3 秒，显示 %4/%5 条曲线</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="393"/>
        <source>Double banana</source>
        <translation>双香蕉导联</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="214"/>
        <source>Notch 50 Hz</source>
        <translation>50 Hz 陷波</translation>
    </message>
    <message>
        <location filename="../ui/viewer/signal_viewer.cpp" line="425"/>
        <source>Montage not available: %1</source>
        <translation>无法使用该导联：%1</translation>
    </message>
</context>
<context>
    <name>alfee::ui::SplitPage</name>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="425"/>
        <source>Split by subject</source>
        <translation>按受试者划分</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="427"/>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="460"/>
        <source>Tick the subjects to test on: they are never used to choose the model. Without any ticked, about 15% of the subjects are drawn for the test.</source>
        <translation>勾选用于测试的受试者：他们从不参与模型选择。若不勾选，将抽取约 15% 的受试者用于测试。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="432"/>
        <source>Share of the other subjects&apos; windows that choose the best epoch</source>
        <translation>其余受试者中用于选择最佳轮次的窗口比例</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="438"/>
        <source>Validation share</source>
        <translation>验证比例</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="439"/>
        <source>Split seed</source>
        <translation>划分种子</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="463"/>
        <source>A workspace dataset keeps the subject split it was built with (the Datasets tab builds it again): each subject and its split.</source>
        <translation>工作区数据集保留其构建时的被试划分（可在“数据集”页重新构建）：下面是每个被试及其划分。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="503"/>
        <source>%1: %2 subject(s), %3 window(s)</source>
        <translation>%1：%2 名受试者，%3 个窗口</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="511"/>
        <source>No subject is left for training: untick some test subjects.</source>
        <translation>没有剩余被试用于训练：请取消勾选一些测试被试。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="512"/>
        <source>The dataset has no training subject: build it again with a larger training share (Datasets tab).</source>
        <translation>该数据集没有训练被试：请以更大的训练比例重新构建（“数据集”页）。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="515"/>
        <source>No test subject: tick one, or use more subjects.</source>
        <translation>没有测试被试：请勾选一个，或使用更多被试。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_data_pages.cpp" line="516"/>
        <source>The dataset has no test subject: build it again with a test share (Datasets tab).</source>
        <translation>该数据集没有测试被试：请设置测试比例后重新构建（“数据集”页）。</translation>
    </message>
</context>
<context>
    <name>alfee::ui::StartPage</name>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="112"/>
        <source>Starting point</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="114"/>
        <source>Fine-tuning from pretrained weights usually needs less data than training from scratch.</source>
        <translation>从预训练权重微调通常比从头训练需要更少的数据。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="117"/>
        <source>The bundled pretrained ALFEE-tiny</source>
        <translation>内置预训练 ALFEE-tiny</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="119"/>
        <source>This installation ships no checkpoint</source>
        <translation>此安装未附带检查点</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="120"/>
        <source>Another checkpoint</source>
        <translation>其他检查点</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="122"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="123"/>
        <source>From scratch, a new model of size</source>
        <translation>从头训练，新模型规模</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="136"/>
        <source>Adapt the checkpoint to these recordings first, for</source>
        <translation>先在这些记录上适配检查点，共</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="139"/>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="141"/>
        <source>on the training and validation subjects</source>
        <translation>在训练和验证受试者上</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="142"/>
        <source>on every subject, the test subjects&apos; included</source>
        <translation>在每个受试者上，包括测试受试者</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="150"/>
        <source>Adaptation is a pretraining run of its own on the windows this run fine-tunes on (their labels are never read); fine-tuning then starts from its weights. Including the test subjects adapts to them too: say so when you report the result.</source>
        <translation>适配是一个单独的预训练运行，使用本次微调所用的窗口（从不读取其标签）；微调随后从它的权重开始。包括测试受试者时也会对它们进行适配：报告结果时请说明这一点。</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="172"/>
        <source>Start from a checkpoint</source>
        <translation>从检查点开始</translation>
    </message>
    <message>
        <location filename="../ui/wizard/wizard_model_pages.cpp" line="173"/>
        <source>ALFEE checkpoints (*.alfee-ckpt)</source>
        <translation>ALFEE 检查点 (*.alfee-ckpt)</translation>
    </message>
</context>
<context>
    <name>alfee::ui::StudyView</name>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="52"/>
        <source>%1
(reference)</source>
        <translation>%1
（参照）</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="144"/>
        <source>Study - ALFEE Workbench</source>
        <translation>研究 - ALFEE Workbench</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="150"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="161"/>
        <source>Pooled figures of each arm, 95% CI (dashed: the reference arm)</source>
        <translation>每个分组的合并指标，95% 置信区间（虚线：参照分组）</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="162"/>
        <source>Each fold&apos;s runs across the arms (one line per fold and seed)</source>
        <translation>各折在各分组间的运行（每条线为一折一个种子）</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="165"/>
        <source>Study:</source>
        <translation>研究：</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="168"/>
        <source>Runs by fold of:</source>
        <translation>按折显示的指标：</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="226"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="235"/>
        <source>Computing the figures of study %1...</source>
        <translation>正在计算研究 %1 的指标...</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="251"/>
        <source>%1 of %2 runs finished</source>
        <translation>已完成 %1/%2 个运行</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="274"/>
        <source>pooled out-of-fold test metric</source>
        <translation>合并的折外测试指标</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="292"/>
        <source>fold %1</source>
        <translation>第 %1 折</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="301"/>
        <source>test %1</source>
        <translation>测试%1</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="313"/>
        <source>arm</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="313"/>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="313"/>
        <source>runs</source>
        <translation>运行数</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="313"/>
        <source>mean ± SD</source>
        <translation>均值 ± 标准差</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="314"/>
        <source>pooled [95% CI]</source>
        <translation>合并值 [95% CI]</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="314"/>
        <source>vs reference [95% CI]</source>
        <translation>与参照之差 [95% CI]</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="315"/>
        <source>Wilcoxon p</source>
        <translation>Wilcoxon p</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="315"/>
        <source>W/T/L</source>
        <translation>胜/平/负</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="319"/>
        <source>reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <location filename="../ui/runs/study_view.cpp" line="320"/>
        <source>no finished run</source>
        <translation>无已完成的运行</translation>
    </message>
</context>
<context>
    <name>alfee::ui::TracePlot</name>
    <message>
        <location filename="../ui/viewer/trace_plot.cpp" line="52"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/viewer/trace_plot.cpp" line="199"/>
        <source>no data
%1 s</source>
        <translation>无数据
%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/viewer/trace_plot.cpp" line="303"/>
        <source>segment %1</source>
        <translation>片段 %1</translation>
    </message>
    <message>
        <location filename="../ui/viewer/trace_plot.cpp" line="378"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/viewer/trace_plot.cpp" line="382"/>
        <source>%1 s  %2: no data</source>
        <translation>%1 秒  %2：无数据</translation>
    </message>
    <message>
        <location filename="../ui/viewer/trace_plot.cpp" line="384"/>
        <source>%1 s  %2: %3 %4</source>
        <translation>%1 秒  %2：%3 %4</translation>
    </message>
</context>
<context>
    <name>alfee::ui::WorkspaceEdits</name>
    <message>
        <location filename="../ui/datasets/workspace_edits.cpp" line="54"/>
        <source>Delete dataset %1</source>
        <translation>删除数据集 %1</translation>
    </message>
    <message>
        <location filename="../ui/datasets/workspace_edits.cpp" line="69"/>
        <source>dataset %1 needs a recording that is no longer in the workspace</source>
        <translation>数据集 %1 需要的某个记录已不在工作区中</translation>
    </message>
    <message>
        <location filename="../ui/datasets/workspace_edits.cpp" line="102"/>
        <source>Rename dataset %1 to %2</source>
        <translation>将数据集 %1 重命名为 %2</translation>
    </message>
    <message>
        <location filename="../ui/datasets/workspace_edits.cpp" line="141"/>
        <source>Delete recording %1</source>
        <translation>删除记录 %1</translation>
    </message>
    <message>
        <location filename="../ui/datasets/workspace_edits.cpp" line="190"/>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
</context>
</TS>
