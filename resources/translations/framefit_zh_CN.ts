<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>The system keychain is not available, so a key entered here cannot be stored. Set the OPENAI_API_KEY environment variable instead.</source>
        <translation>系统密钥环不可用，因此无法保存在此输入的密钥。请改为设置 OPENAI_API_KEY 环境变量。</translation>
    </message>
    <message>
        <source>Using the key from the OPENAI_API_KEY environment variable.</source>
        <translation>正在使用 OPENAI_API_KEY 环境变量中的密钥。</translation>
    </message>
    <message>
        <source>Using the key stored in the system keychain.</source>
        <translation>正在使用系统密钥环中保存的密钥。</translation>
    </message>
    <message>
        <source>No key is stored yet.</source>
        <translation>尚未保存密钥。</translation>
    </message>
    <message>
        <source>The stored key was removed.</source>
        <translation>已删除保存的密钥。</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>密钥已保存在系统密钥环中。</translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <source>the output %1 already exists</source>
        <translation>输出文件 %1 已存在</translation>
    </message>
    <message>
        <source>the output %1 is a folder</source>
        <translation>输出路径 %1 是一个文件夹</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
</context>
<context>
    <name>BatchJob</name>
    <message>
        <source>the name pattern is empty</source>
        <translation>名称模式为空</translation>
    </message>
    <message>
        <source>the name pattern must not contain a folder separator</source>
        <translation>名称模式不能包含文件夹分隔符</translation>
    </message>
    <message>
        <source>the name pattern has an unknown placeholder {%1}: use {stem}, {w}, {h} and {ext}</source>
        <translation>名称模式包含未知的占位符 {%1}：请使用 {stem}、{w}、{h} 和 {ext}</translation>
    </message>
    <message>
        <source>the name pattern needs {stem}, or every picture would get the same name</source>
        <translation>名称模式必须包含 {stem}，否则所有图片都会得到相同的名称</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>转换中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>Converter</name>
    <message>
        <source>not enough memory to draw the frame</source>
        <translation>内存不足，无法绘制画面</translation>
    </message>
    <message>
        <source>the output %1 already exists</source>
        <translation>输出文件 %1 已存在</translation>
    </message>
</context>
<context>
    <name>CropBounds</name>
    <message>
        <source>crop needs four fractions L,T,R,B (for example 0.1,0,0.9,1)</source>
        <translation>裁剪需要四个比例值 L,T,R,B（例如 0.1,0,0.9,1）</translation>
    </message>
    <message>
        <source>crop value &quot;%1&quot; is not a number</source>
        <translation>裁剪值“%1”不是数字</translation>
    </message>
    <message>
        <source>crop needs 0 &lt;= L &lt; R &lt;= 1 and 0 &lt;= T &lt; B &lt;= 1, got %1</source>
        <translation>裁剪需要满足 0 &lt;= L &lt; R &lt;= 1 且 0 &lt;= T &lt; B &lt;= 1，实际为 %1</translation>
    </message>
</context>
<context>
    <name>ImageEncoder</name>
    <message>
        <source>there is no picture to write</source>
        <translation>没有可写入的图片</translation>
    </message>
    <message>
        <source>JPEG encoding failed</source>
        <translation>JPEG 编码失败</translation>
    </message>
    <message>
        <source>PNG encoding failed: %1</source>
        <translation>PNG 编码失败：%1</translation>
    </message>
    <message>
        <source>WebP encoding failed</source>
        <translation>WebP 编码失败</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is too large to be a picture FrameFit accepts (%L1 MB, the limit is %L2 MB)</source>
        <translation>太大，FrameFit 不接受（%L1 MB，上限为 %L2 MB）</translation>
    </message>
    <message>
        <source>cannot be read completely: %1</source>
        <translation>无法完整读取：%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not a picture: its content is not JPEG, PNG, WebP or another image format FrameFit reads</source>
        <translation>不是图片：其内容不是 JPEG、PNG、WebP 或 FrameFit 能读取的其他图片格式</translation>
    </message>
    <message>
        <source>truncated or damaged: the file ends before the image data starts</source>
        <translation>文件不完整或已损坏：图像数据开始之前文件就已结束</translation>
    </message>
    <message>
        <source>a damaged JPEG: %1</source>
        <translation>已损坏的 JPEG：%1</translation>
    </message>
    <message>
        <source>a damaged WebP: its header cannot be read</source>
        <translation>已损坏的 WebP：无法读取文件头</translation>
    </message>
    <message>
        <source>a damaged %1 file: %2</source>
        <translation>已损坏的 %1 文件：%2</translation>
    </message>
    <message>
        <source>claims to be %1x%2 pixels (%L3 megapixels), more than any photo: refused as a likely decompression bomb</source>
        <translation>声称有 %1x%2 像素（%L3 百万像素），超过任何照片：疑似解压炸弹，已拒绝</translation>
    </message>
    <message>
        <source>has no pixels (%1x%2)</source>
        <translation>没有像素（%1x%2）</translation>
    </message>
    <message>
        <source>is %1x%2 pixels (%L3 megapixels): decoding it would take more memory than the %L4-megapixel limit allows (a decompression bomb?)</source>
        <translation>大小为 %1x%2 像素（%L3 百万像素）：解码所需的内存超出 %L4 百万像素的上限（可能是解压炸弹？）</translation>
    </message>
    <message>
        <source>not enough memory to decode %1x%2 pixels</source>
        <translation>内存不足，无法解码 %1x%2 像素</translation>
    </message>
    <message>
        <source>truncated: the file ends before the image data is complete</source>
        <translation>文件不完整：图像数据尚未结束文件就已结束</translation>
    </message>
    <message>
        <source>a damaged animated WebP: its first frame cannot be decoded</source>
        <translation>已损坏的 WebP 动图：无法解码第一帧</translation>
    </message>
    <message>
        <source>a damaged WebP: its image data cannot be decoded</source>
        <translation>已损坏的 WebP：无法解码图像数据</translation>
    </message>
    <message>
        <source>is %1x%2 pixels and stored progressively: decoding it would take %L3 MB, more than the %L4 MB limit allows (a decompression bomb?)</source>
        <translation>大小为 %1x%2 像素且以渐进方式存储：解码需要 %L3 MB，超出 %L4 MB 的上限（可能是解压炸弹？）</translation>
    </message>
</context>
<context>
    <name>InputCollector</name>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>the folder holds no pictures</source>
        <translation>文件夹中没有图片</translation>
    </message>
</context>
<context>
    <name>JobPoller</name>
    <message>
        <source>The job was still &quot;%1&quot; when FrameFit stopped waiting; it may still finish on the server.</source>
        <translation>FrameFit 停止等待时任务仍处于“%1”状态；它可能仍会在服务器上完成。</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (package libqt6sql6-sqlite), so the job history cannot be kept.</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite），因此无法保存任务历史。</translation>
    </message>
    <message>
        <source>Cannot open the job history %1: %2</source>
        <translation>无法打开任务历史 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the job history %1: %2</source>
        <translation>无法准备任务历史 %1：%2</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>%1, needs JPEG, PNG or WebP</source>
        <translation>%1，需要 JPEG、PNG 或 WebP</translation>
    </message>
    <message>
        <source>%1, needs %2</source>
        <translation>%1，需要 %2</translation>
    </message>
    <message>
        <source>has an EXIF rotation (orientation %1), so readers disagree on its size</source>
        <translation>带有 EXIF 旋转（方向 %1），不同程序读出的尺寸会不一致</translation>
    </message>
</context>
<context>
    <name>SoraClient</name>
    <message>
        <source>Network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (expected e.g. https://api.openai.com/v1).</source>
        <translation>“%1”不是网址（应类似 https://api.openai.com/v1）。</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (127.0.0.1, ::1, localhost); use https:// for %1.</source>
        <translation>普通 http:// 只允许连接本机（127.0.0.1、::1、localhost）；请对 %1 使用 https://。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>“%1”不是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>The prompt is empty: describe the video to make.</source>
        <translation>提示词为空：请描述要生成的视频。</translation>
    </message>
    <message>
        <source>The prompt is %1 characters long; the API accepts at most %2.</source>
        <translation>提示词长度为 %1 个字符；API 最多接受 %2 个。</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>未选择模型。</translation>
    </message>
    <message>
        <source>The model %1 does not make %2 videos; models that do: %3.</source>
        <translation>模型 %1 不能生成 %2 的视频；支持的模型：%3。</translation>
    </message>
    <message>
        <source>The reference picture cannot be sent: %1.</source>
        <translation>无法发送参考图片：%1。</translation>
    </message>
    <message>
        <source>The reference picture is %1 but is labelled %2.</source>
        <translation>参考图片实际为 %1，却被标注为 %2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>服务器重定向次数过多。</translation>
    </message>
    <message>
        <source>The server redirected from https to http.</source>
        <translation>服务器从 https 重定向到了 http。</translation>
    </message>
    <message numerus="yes">
        <source>It asked to wait %n second(s).</source>
        <translation>
            <numerusform>服务器要求等待 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>The remix prompt must be 1 to %1 characters long.</source>
        <translation>重混提示词的长度必须为 1 到 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>SoraError</name>
    <message>
        <source>FrameFit did not send the request.</source>
        <translation>FrameFit 未发送该请求。</translation>
    </message>
    <message>
        <source>The API address uses plain http:// to another computer, which would send your API key and pictures unencrypted.</source>
        <translation>API 地址使用普通 http:// 连接另一台计算机，这会以未加密的方式发送您的 API 密钥和图片。</translation>
    </message>
    <message>
        <source>No OpenAI API key is set.</source>
        <translation>未设置 OpenAI API 密钥。</translation>
    </message>
    <message>
        <source>FrameFit could not reach the server, or the connection was cut.</source>
        <translation>FrameFit 无法连接到服务器，或连接已中断。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未能及时响应。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (its certificate could not be trusted), so nothing was sent.</source>
        <translation>与服务器的安全连接失败（其证书不受信任），因此没有发送任何内容。</translation>
    </message>
    <message>
        <source>The server did not accept the API key.</source>
        <translation>服务器不接受该 API 密钥。</translation>
    </message>
    <message>
        <source>The server says the reference picture is not exactly the video size.</source>
        <translation>服务器表示参考图片与视频尺寸不完全一致。</translation>
    </message>
    <message>
        <source>The server&apos;s moderation system blocked the request. Pictures with human faces and real people are currently refused.</source>
        <translation>服务器的审核系统拦截了此请求。目前包含人脸和真人的图片会被拒绝。</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>服务器认为请求无效并拒绝了它。</translation>
    </message>
    <message>
        <source>The server reported a conflict with the job&apos;s current state.</source>
        <translation>服务器报告请求与任务的当前状态冲突。</translation>
    </message>
    <message>
        <source>The server is limiting how many requests you can make.</source>
        <translation>服务器正在限制您可以发出的请求数量。</translation>
    </message>
    <message>
        <source>The server had an internal problem.</source>
        <translation>服务器出现内部问题。</translation>
    </message>
    <message>
        <source>This server does not offer the Sora video API (or this model). OpenAI shut the official Sora 2 API down on 2026-09-24; only compatible servers still provide it.</source>
        <translation>此服务器不提供 Sora 视频 API（或此模型）。OpenAI 已于 2026-09-24 关闭官方 Sora 2 API；现在只有兼容的服务器仍提供该接口。</translation>
    </message>
    <message>
        <source>The server does not know this job: it may have expired or been deleted.</source>
        <translation>服务器找不到此任务：它可能已过期或已被删除。</translation>
    </message>
    <message>
        <source>The server asked to wait longer than two minutes before trying again.</source>
        <translation>服务器要求等待超过两分钟后再重试。</translation>
    </message>
    <message>
        <source>The request to create the video was sent, but no clear answer came back. The server may have created (and billed) the job anyway.</source>
        <translation>创建视频的请求已发送，但没有收到明确的答复。服务器可能仍然创建了该任务（并已计费）。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>无法理解服务器的答复。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than expected, so it was stopped.</source>
        <translation>服务器的答复远大于预期，因此已停止接收。</translation>
    </message>
    <message>
        <source>The server could not make this video.</source>
        <translation>服务器无法生成此视频。</translation>
    </message>
    <message>
        <source>The downloaded file could not be saved.</source>
        <translation>无法保存下载的文件。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>请求失败。</translation>
    </message>
    <message>
        <source>Fix the problem described and submit again.</source>
        <translation>请解决上述问题后重新提交。</translation>
    </message>
    <message>
        <source>Use an https:// address, or http:// only for a server on this computer (127.0.0.1, ::1 or localhost).</source>
        <translation>请使用 https:// 地址；http:// 仅可用于本机上的服务器（127.0.0.1、::1 或 localhost）。</translation>
    </message>
    <message>
        <source>Enter the key in Settings, or set the OPENAI_API_KEY environment variable.</source>
        <translation>请在“设置”中输入密钥，或设置 OPENAI_API_KEY 环境变量。</translation>
    </message>
    <message>
        <source>Check your network connection and the API address in Settings, then try again.</source>
        <translation>请检查网络连接和“设置”中的 API 地址，然后重试。</translation>
    </message>
    <message>
        <source>Check the API address and your system&apos;s certificates; FrameFit never ignores certificate errors.</source>
        <translation>请检查 API 地址和系统证书；FrameFit 从不忽略证书错误。</translation>
    </message>
    <message>
        <source>Check the API key in Settings or OPENAI_API_KEY.</source>
        <translation>请检查“设置”中或 OPENAI_API_KEY 里的 API 密钥。</translation>
    </message>
    <message>
        <source>Prepare the picture again at the selected video size and resubmit.</source>
        <translation>请按所选视频尺寸重新处理图片后再次提交。</translation>
    </message>
    <message>
        <source>Choose another picture or change the prompt.</source>
        <translation>请换一张图片或修改提示词。</translation>
    </message>
    <message>
        <source>Check the prompt, model, duration and size against what the server accepts.</source>
        <translation>请对照服务器的要求检查提示词、模型、时长和尺寸。</translation>
    </message>
    <message>
        <source>Wait for the job to finish, then try again.</source>
        <translation>请等待任务完成后再试。</translation>
    </message>
    <message>
        <source>Wait a while, then try again.</source>
        <translation>请稍等片刻后再试。</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>请过几分钟再试。</translation>
    </message>
    <message>
        <source>Set the address of a compatible server in Settings (or with --base-url).</source>
        <translation>请在“设置”中（或用 --base-url）指定兼容服务器的地址。</translation>
    </message>
    <message>
        <source>Remove the job from the list, or submit the picture again.</source>
        <translation>请从列表中移除该任务，或重新提交图片。</translation>
    </message>
    <message>
        <source>Look at the job list on the server before submitting again, so you do not pay for the same video twice.</source>
        <translation>重新提交前请先查看服务器上的任务列表，以免为同一个视频付费两次。</translation>
    </message>
    <message>
        <source>Check that the API address points to a Sora-compatible server.</source>
        <translation>请确认 API 地址指向兼容 Sora 的服务器。</translation>
    </message>
    <message>
        <source>Change the prompt or picture and submit again.</source>
        <translation>请修改提示词或图片后重新提交。</translation>
    </message>
    <message>
        <source>Check that the folder exists and has free space.</source>
        <translation>请确认文件夹存在且有剩余空间。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>请重试。</translation>
    </message>
    <message>
        <source>The server said (HTTP %1): &quot;%2&quot;</source>
        <translation>服务器返回（HTTP %1）：“%2”</translation>
    </message>
    <message>
        <source>The server said: &quot;%1&quot;</source>
        <translation>服务器返回：“%1”</translation>
    </message>
    <message>
        <source>HTTP status %1.</source>
        <translation>HTTP 状态码 %1。</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>The server&apos;s answer is not valid JSON.</source>
        <translation>服务器的答复不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not describe a video job (it has no id).</source>
        <translation>服务器的答复没有描述视频任务（缺少 id）。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list of video jobs.</source>
        <translation>服务器的答复不是视频任务列表。</translation>
    </message>
</context>
<context>
    <name>framefit-cli</name>
    <message>
        <source>Tell whether pictures are ready to send as a Sora reference image: exactly the video size, and JPEG, PNG or WebP by content.</source>
        <translation>检查图片能否直接作为 Sora 参考图发送：尺寸与视频完全一致，且内容为 JPEG、PNG 或 WebP。</translation>
    </message>
    <message>
        <source>Video size: %1 (default 1280x720).</source>
        <translation>视频尺寸：%1（默认 1280x720）。</translation>
    </message>
    <message>
        <source>One JSON object per file on stdout.</source>
        <translation>每个文件在标准输出上输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Pictures to check.</source>
        <translation>要检查的图片。</translation>
    </message>
    <message>
        <source>no file given</source>
        <translation>未指定文件</translation>
    </message>
    <message>
        <source>%1: ready (%2 %3)</source>
        <translation>%1: 就绪（%2 %3）</translation>
    </message>
    <message>
        <source>%1: not ready: %2</source>
        <translation>%1: 未就绪：%2</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>cover (fill, centre-crop), pad (fit on bars) or stretch (distorts). Default cover.</source>
        <translation>cover（填满，居中裁剪）、pad（完整放入，空白处加边）或 stretch（拉伸，会变形）。默认 cover。</translation>
    </message>
    <message>
        <source>Crop bounds as fractions of the upright source, 0 &lt;= L &lt; R &lt;= 1, 0 &lt;= T &lt; B &lt;= 1 (default 0,0,1,1).</source>
        <translation>裁剪边界，用摆正后源图片的比例表示，0 &lt;= L &lt; R &lt;= 1，0 &lt;= T &lt; B &lt;= 1（默认 0,0,1,1）。</translation>
    </message>
    <message>
        <source>Colour of pad bars and of flattened transparency (default #000000).</source>
        <translation>加边和透明区域所填充的颜色（默认 #000000）。</translation>
    </message>
    <message>
        <source>jpeg, png or webp (default jpeg).</source>
        <translation>jpeg、png 或 webp（默认 jpeg）。</translation>
    </message>
    <message>
        <source>1..100, for jpeg and webp (default 95).</source>
        <translation>1..100，用于 jpeg 和 webp（默认 95）。</translation>
    </message>
    <message>
        <source>size &quot;%1&quot; is not a Sora video size; use one of %2</source>
        <translation>尺寸“%1”不是 Sora 视频尺寸；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>mode &quot;%1&quot; is not one of cover, pad, stretch</source>
        <translation>模式“%1”不是 cover、pad、stretch 之一</translation>
    </message>
    <message>
        <source>background &quot;%1&quot; is not a colour of the form #RRGGBB</source>
        <translation>背景色“%1”不是 #RRGGBB 形式的颜色</translation>
    </message>
    <message>
        <source>format &quot;%1&quot; is not one of jpeg, png, webp</source>
        <translation>格式“%1”不是 jpeg、png、webp 之一</translation>
    </message>
    <message>
        <source>quality &quot;%1&quot; is not a whole number from 1 to 100</source>
        <translation>质量“%1”不是 1 到 100 之间的整数</translation>
    </message>
    <message>
        <source>Convert pictures to exactly the size a Sora video needs.
Outputs are named &lt;stem&gt;_sora_&lt;W&gt;x&lt;H&gt;.&lt;ext&gt;.</source>
        <translation>将图片转换为 Sora 视频所需的精确尺寸。
输出文件命名为 &lt;原文件名&gt;_sora_&lt;W&gt;x&lt;H&gt;.&lt;扩展名&gt;。</translation>
    </message>
    <message>
        <source>Also take pictures from subfolders of folder inputs.</source>
        <translation>对于文件夹输入，也处理其子文件夹中的图片。</translation>
    </message>
    <message>
        <source>Where outputs go (default: beside each input); created if missing.</source>
        <translation>输出位置（默认：与各输入文件相同的位置）；不存在时自动创建。</translation>
    </message>
    <message>
        <source>Replace existing outputs (default: that input fails).</source>
        <translation>覆盖已存在的输出（默认：该输入失败）。</translation>
    </message>
    <message>
        <source>Parallel workers (default: all cores).</source>
        <translation>并行工作线程数（默认：全部核心）。</translation>
    </message>
    <message>
        <source>One JSON object per input on stdout.</source>
        <translation>每个输入在标准输出上输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Picture files or folders.</source>
        <translation>图片文件或文件夹。</translation>
    </message>
    <message>
        <source>jobs &quot;%1&quot; is not a whole number from 1 to 256</source>
        <translation>并行数“%1”不是 1 到 256 之间的整数</translation>
    </message>
    <message>
        <source>no input given</source>
        <translation>未指定输入</translation>
    </message>
    <message>
        <source>the output folder is empty</source>
        <translation>输出文件夹名称为空</translation>
    </message>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>无法创建输出文件夹 %1</translation>
    </message>
    <message>
        <source>its output would replace the input itself</source>
        <translation>其输出会覆盖输入文件本身</translation>
    </message>
    <message>
        <source>has the same output name as %1: %2</source>
        <translation>与 %1 的输出文件名相同：%2</translation>
    </message>
    <message>
        <source>interrupted before it started</source>
        <translation>尚未开始即被中断</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Usage: framefit-cli &lt;command&gt; [options] &lt;input&gt;...

Commands:
  convert   convert pictures to exactly a Sora video size
  check     tell whether pictures are ready to send as they are
  submit    send a prepared picture to a Sora-compatible Videos API

Run framefit-cli &lt;command&gt; --help for the options of a command.
</source>
        <translation>用法：framefit-cli &lt;命令&gt; [选项] &lt;输入&gt;...

命令：
  convert   将图片转换为精确的 Sora 视频尺寸
  check     检查图片能否按原样直接发送
  submit    将处理好的图片发送到兼容 Sora 的 Videos API

运行 framefit-cli &lt;命令&gt; --help 查看某个命令的选项。
</translation>
    </message>
    <message>
        <source>framefit-cli: %1 Retry %2 of 2 in %3 s.</source>
        <translation>framefit-cli: %1 将在 %3 秒后进行第 %2 次重试（共 2 次）。</translation>
    </message>
    <message>
        <source>Prepare a picture exactly as convert would and send it to a Sora-compatible Videos API as the first frame of a new video. The API key is read from OPENAI_API_KEY.
Note: OpenAI shut the official Sora 2 API down on 2026-09-24; use --base-url (or OPENAI_BASE_URL) for a compatible server.</source>
        <translation>按与 convert 完全相同的方式处理图片，并将其作为新视频的第一帧发送到兼容 Sora 的 Videos API。API 密钥从 OPENAI_API_KEY 读取。
注意：OpenAI 已于 2026-09-24 关闭官方 Sora 2 API；请用 --base-url（或 OPENAI_BASE_URL）指定兼容的服务器。</translation>
    </message>
    <message>
        <source>What the video shows (required).</source>
        <translation>视频的内容描述（必填）。</translation>
    </message>
    <message>
        <source>sora-2, sora-2-pro or a compatible server&apos;s model (default sora-2).</source>
        <translation>sora-2、sora-2-pro 或兼容服务器的模型（默认 sora-2）。</translation>
    </message>
    <message>
        <source>Video length in seconds: 4, 8, 12... (default 4).</source>
        <translation>视频时长（秒）：4、8、12……（默认 4）。</translation>
    </message>
    <message>
        <source>API address (default $OPENAI_BASE_URL, else https://api.openai.com/v1).</source>
        <translation>API 地址（默认 $OPENAI_BASE_URL，未设置时为 https://api.openai.com/v1）。</translation>
    </message>
    <message>
        <source>Wait until the video is completed or failed (progress on stderr).</source>
        <translation>等待视频完成或失败（进度输出到标准错误）。</translation>
    </message>
    <message>
        <source>Save the finished MP4 to FILE (implies --wait).</source>
        <translation>将完成的 MP4 保存到 FILE（隐含 --wait）。</translation>
    </message>
    <message>
        <source>Print one JSON object describing the job on stdout.</source>
        <translation>在标准输出上输出一个描述该任务的 JSON 对象。</translation>
    </message>
    <message>
        <source>First wait between status checks in ms when the server does not say (default 2000; grows to 20 s).</source>
        <translation>服务器未指定时，两次状态查询之间的初始等待时间，单位毫秒（默认 2000；逐步增加到 20 秒）。</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (default 0: wait as long as the job runs).</source>
        <translation>等待这么多秒后放弃（默认 0：任务运行多久就等多久）。</translation>
    </message>
    <message>
        <source>Seconds without any data before a request is abandoned (default 60).</source>
        <translation>请求在多少秒内没有收到任何数据即放弃（默认 60）。</translation>
    </message>
    <message>
        <source>The picture to send.</source>
        <translation>要发送的图片。</translation>
    </message>
    <message>
        <source>no image given</source>
        <translation>未指定图片</translation>
    </message>
    <message>
        <source>submit takes exactly one image</source>
        <translation>submit 只接受一张图片</translation>
    </message>
    <message>
        <source>--prompt is required: describe the video to make</source>
        <translation>必须提供 --prompt：请描述要生成的视频</translation>
    </message>
    <message>
        <source>model %1 does not make %2 videos; models that do: %3</source>
        <translation>模型 %1 不能生成 %2 的视频；支持的模型：%3</translation>
    </message>
    <message>
        <source>seconds &quot;%1&quot; is not a whole number of seconds</source>
        <translation>时长“%1”不是整数秒</translation>
    </message>
    <message>
        <source>--poll-interval, --max-wait and --timeout take whole positive numbers</source>
        <translation>--poll-interval、--max-wait 和 --timeout 需要正整数</translation>
    </message>
    <message>
        <source>%1 already exists; choose another --download file</source>
        <translation>%1 已存在；请为 --download 选择其他文件</translation>
    </message>
    <message>
        <source>OPENAI_API_KEY is not set; submit reads the API key only from that environment variable</source>
        <translation>未设置 OPENAI_API_KEY；submit 只从该环境变量读取 API 密钥</translation>
    </message>
    <message>
        <source>%1: %2 %3%</source>
        <translation>%1: %2 %3%</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>framefit::AboutDialog</name>
    <message>
        <source>About FrameFit</source>
        <translation>关于 FrameFit</translation>
    </message>
    <message>
        <source>FrameFit %1</source>
        <translation>FrameFit %1</translation>
    </message>
    <message>
        <source>Prepares reference pictures at exactly the pixel size the Sora video API requires.</source>
        <translation>将参考图片处理成 Sora 视频 API 要求的精确像素尺寸。</translation>
    </message>
    <message>
        <source>FrameFit is free software: you can redistribute it and change it under the terms of the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>FrameFit 是自由软件：您可以依据 GNU 通用公共许可证第 3 版或任何更新版本（GPL-3.0-or-later）的条款重新分发和修改它。本软件不提供任何担保。</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>使用的库：</translation>
    </message>
    <message>
        <source>The sample picture:</source>
        <translation>示例图片：</translation>
    </message>
</context>
<context>
    <name>framefit::ApiSettingsDialog</name>
    <message>
        <source>Video API Settings</source>
        <translation>视频 API 设置</translation>
    </message>
    <message>
        <source>OpenAI shut the official Sora 2 API down on 2026-09-24. To make videos, enter the address of a compatible server (it must speak the same /videos API).</source>
        <translation>OpenAI 已于 2026-09-24 关闭官方 Sora 2 API。要生成视频，请输入兼容服务器的地址（它必须支持相同的 /videos API）。</translation>
    </message>
    <message>
        <source>https:// address of the API, or http:// to a server on this computer.</source>
        <translation>API 的 https:// 地址，或指向本机服务器的 http:// 地址。</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key</source>
        <translation>留空则保留当前密钥</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in FrameFit&apos;s settings file.</source>
        <translation>保存在系统密钥环中，绝不会写入 FrameFit 的设置文件。</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API 地址(&amp;A)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>正在将密钥保存到系统密钥环…</translation>
    </message>
</context>
<context>
    <name>framefit::BatchModel</name>
    <message>
        <source>Cover</source>
        <translation>填满</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>加边</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>拉伸</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>输出尺寸</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Ready for Sora?</source>
        <translation>可直接用于 Sora？</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Output or error</source>
        <translation>输出或错误</translation>
    </message>
    <message>
        <source>The size this picture will get; &quot;auto&quot; follows the picture&apos;s own orientation.</source>
        <translation>此图片将得到的尺寸；“自动”表示跟随图片自身的方向。</translation>
    </message>
    <message>
        <source>Whether the file could already be sent as it is, or what it needs.</source>
        <translation>该文件能否按原样直接发送，或者还需要做什么处理。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Already %1 %2</source>
        <translation>已是 %1 %2</translation>
    </message>
    <message>
        <source>%1 ✎ edited</source>
        <translation>%1 ✎ 已编辑</translation>
    </message>
    <message>
        <source>Crop: %1 (left, top, right, bottom)</source>
        <translation>裁剪：%1（左、上、右、下）</translation>
    </message>
    <message>
        <source>Mode: %1 (this picture only)</source>
        <translation>模式：%1（仅此图片）</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 picture, %2 upright</source>
        <translation>%1 图片，摆正后为 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, cropped</source>
        <translation>%1，已裁剪</translation>
    </message>
    <message>
        <source>kept existing %1</source>
        <translation>保留了已有的 %1</translation>
    </message>
</context>
<context>
    <name>framefit::BatchPanel</name>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add pictures to the batch. You can also drop files and folders here.</source>
        <translation>向批处理中添加图片。也可以将文件和文件夹拖放到这里。</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Add every picture directly inside a folder.</source>
        <translation>添加某个文件夹中直接包含的每张图片。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected pictures from the batch (the files stay).</source>
        <translation>从批处理中移除选中的图片（文件本身会保留）。</translation>
    </message>
    <message>
        <source>Drop pictures or folders here.</source>
        <translation>将图片或文件夹拖放到这里。</translation>
    </message>
    <message>
        <source>Batch defaults</source>
        <translation>批处理默认设置</translation>
    </message>
    <message>
        <source>Select a picture to adjust its crop in the main view.</source>
        <translation>选择一张图片，即可在主视图中调整它的裁剪。</translation>
    </message>
    <message>
        <source>Or&amp;ientation:</source>
        <translation>方向(&amp;I)：</translation>
    </message>
    <message>
        <source>Auto (follow the picture)</source>
        <translation>自动（跟随图片）</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Which size of the pair the selected pictures get. Auto picks the portrait size for pictures taller than wide.</source>
        <translation>选中的图片使用这对尺寸中的哪一个。“自动”会为高大于宽的图片选择纵向尺寸。</translation>
    </message>
    <message>
        <source>&amp;Edit crop…</source>
        <translation>编辑裁剪(&amp;E)…</translation>
    </message>
    <message>
        <source>Open the selected picture in the crop view to adjust it alone.</source>
        <translation>在裁剪视图中打开选中的图片，单独调整它。</translation>
    </message>
    <message>
        <source>Reset cro&amp;p</source>
        <translation>重置裁剪(&amp;P)</translation>
    </message>
    <message>
        <source>Use the batch defaults again for the selected pictures.</source>
        <translation>让选中的图片重新使用批处理默认设置。</translation>
    </message>
    <message>
        <source>Con&amp;vert all</source>
        <translation>全部转换(&amp;V)</translation>
    </message>
    <message>
        <source>Convert every picture of the batch.</source>
        <translation>转换批处理中的每张图片。</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop after the pictures being converted now; no file is left half-written.</source>
        <translation>在当前正在转换的图片完成后停止；不会留下写了一半的文件。</translation>
    </message>
    <message>
        <source>Re&amp;try failed</source>
        <translation>重试失败项(&amp;T)</translation>
    </message>
    <message>
        <source>Convert again only the pictures that failed.</source>
        <translation>仅重新转换失败的图片。</translation>
    </message>
    <message>
        <source>Open output fol&amp;der</source>
        <translation>打开输出文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Show the converted pictures in the file manager.</source>
        <translation>在文件管理器中显示转换后的图片。</translation>
    </message>
    <message>
        <source>%1 or %2 (%3)</source>
        <translation>%1 或 %2（%3）</translation>
    </message>
    <message>
        <source>The output size pair. Each picture gets the landscape or the portrait size by its orientation setting.</source>
        <translation>输出尺寸组合。每张图片按其方向设置使用横向或纵向尺寸。</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>Cover: fill the frame, crop what overflows</source>
        <translation>填满：铺满画面，裁掉超出部分</translation>
    </message>
    <message>
        <source>Pad: fit inside, bars of the background colour</source>
        <translation>加边：完整放入画面，空白处填充背景色</translation>
    </message>
    <message>
        <source>Stretch: fill exactly (distorts)</source>
        <translation>拉伸：精确铺满（会变形）</translation>
    </message>
    <message>
        <source>How each picture is fitted into the frame, unless you changed it for that picture.</source>
        <translation>每张图片如何放入画面，除非您为该图片单独更改过。</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Colour of pad bars and of transparent areas.</source>
        <translation>加边区域和透明区域的颜色。</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>WebP</source>
        <translation>WebP</translation>
    </message>
    <message>
        <source>File format of the outputs.</source>
        <translation>输出文件的格式。</translation>
    </message>
    <message>
        <source>JPEG and WebP quality, 1 to 100.</source>
        <translation>JPEG 和 WebP 的质量，1 到 100。</translation>
    </message>
    <message>
        <source>Form&amp;at:</source>
        <translation>格式(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>质量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <source>Beside each picture</source>
        <translation>与各图片放在同一文件夹</translation>
    </message>
    <message>
        <source>Where the outputs go; empty puts each beside its picture. Created if missing.</source>
        <translation>输出保存的位置；留空则将每个输出放在其图片旁边。不存在时会自动创建。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the output folder.</source>
        <translation>选择输出文件夹。</translation>
    </message>
    <message>
        <source>Output fo&amp;lder:</source>
        <translation>输出文件夹(&amp;L)：</translation>
    </message>
    <message>
        <source>Output file names: {stem} is the picture&apos;s name without its extension, {w} and {h} the output size, {ext} the format&apos;s extension.</source>
        <translation>输出文件名：{stem} 是图片不含扩展名的名称，{w} 和 {h} 是输出尺寸，{ext} 是该格式的扩展名。</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) in the batch.</source>
        <translation>
            <numerusform>批处理中有 %n 张图片。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>Add a folder of pictures</source>
        <translation>添加图片文件夹</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>背景颜色</translation>
    </message>
    <message>
        <source>Outputs already exist</source>
        <translation>输出文件已存在</translation>
    </message>
    <message numerus="yes">
        <source>%n output file(s) already exist, for example %1.</source>
        <translation>
            <numerusform>已有 %n 个输出文件存在，例如 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>What should the batch do with them?</source>
        <translation>批处理应如何处理这些文件？</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Skip those pictures</source>
        <translation>跳过这些图片(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep both (number the new ones)</source>
        <translation>两者都保留（为新文件编号）(&amp;K)</translation>
    </message>
    <message>
        <source>Cancelling: finishing the pictures being converted now…</source>
        <translation>正在取消：正在完成当前转换中的图片…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n converted</source>
        <translation>
            <numerusform>%n 张已转换</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 张失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (output already there)</source>
        <translation>
            <numerusform>%n 张已跳过（输出已存在）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not converted</source>
        <translation>
            <numerusform>%n 张未转换</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>已取消：%1。</translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1 (the reasons are in the list).</source>
        <translation>失败：%1（原因见列表）。</translation>
    </message>
</context>
<context>
    <name>framefit::BatchRunner</name>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>无法创建输出文件夹 %1</translation>
    </message>
    <message>
        <source>its output would replace the picture itself</source>
        <translation>其输出会覆盖图片本身</translation>
    </message>
    <message>
        <source>another picture of this batch has the same output name: %1</source>
        <translation>此批处理中的另一张图片的输出文件名与之相同：%1</translation>
    </message>
</context>
<context>
    <name>framefit::CropView</name>
    <message>
        <source>Crop rectangle</source>
        <translation>裁剪框</translation>
    </message>
    <message>
        <source>Drag the rectangle or its handles to choose the region Sora gets.
Arrow keys move it, Shift+arrow keys resize it, double-click resets it.</source>
        <translation>拖动裁剪框或其控制点，选择要交给 Sora 的区域。
方向键移动裁剪框，Shift+方向键调整大小，双击可重置。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Drop a picture here, or use File &gt; Open</source>
        <translation>将图片拖放到这里，或使用“文件 &gt; 打开”</translation>
    </message>
    <message>
        <source>%1 × %2 px  →  %3</source>
        <translation>%1 × %2 像素  →  %3</translation>
    </message>
</context>
<context>
    <name>framefit::JobItem</name>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Remix…</source>
        <translation>重混(&amp;R)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Download the MP4 again, or save a copy of it elsewhere.</source>
        <translation>重新下载 MP4，或将副本保存到其他位置。</translation>
    </message>
    <message>
        <source>Play the MP4 in your video player.</source>
        <translation>用您的视频播放器播放 MP4。</translation>
    </message>
    <message>
        <source>Open the folder that holds the MP4.</source>
        <translation>打开存放该 MP4 的文件夹。</translation>
    </message>
    <message>
        <source>Make a new video from this one with a changed prompt.</source>
        <translation>修改提示词，基于此视频生成新视频。</translation>
    </message>
    <message>
        <source>Delete the job on the server and its local files.</source>
        <translation>删除服务器上的任务及其本地文件。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 s — %4</source>
        <translation>%1 · %2 · %3 秒 — %4</translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1（请求 %2）</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>framefit::JobsList</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>No videos yet. Submit a picture to start one.</source>
        <translation>还没有视频。提交一张图片即可开始。</translation>
    </message>
    <message>
        <source>Delete video</source>
        <translation>删除视频</translation>
    </message>
    <message>
        <source>Delete this video on the server and on this computer?</source>
        <translation>要在服务器和本机上删除此视频吗？</translation>
    </message>
    <message>
        <source>Save video</source>
        <translation>保存视频</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>The video could not be copied to %1.</source>
        <translation>无法将视频复制到 %1。</translation>
    </message>
    <message>
        <source>Remix video</source>
        <translation>重混视频</translation>
    </message>
    <message>
        <source>New prompt for the remix:</source>
        <translation>重混的新提示词：</translation>
    </message>
</context>
<context>
    <name>framefit::MainWindow</name>
    <message>
        <source>FrameFit</source>
        <translation>FrameFit</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>加边</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>填满</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>拉伸</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Move crop</source>
        <translation>移动裁剪框</translation>
    </message>
    <message>
        <source>Video size</source>
        <translation>视频尺寸</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The size of the video, and so of its first frame. sora-2 takes 1280x720 and 720x1280; sora-2-pro takes all four.</source>
        <translation>视频的尺寸，也就是其第一帧的尺寸。sora-2 支持 1280x720 和 720x1280；sora-2-pro 支持全部四种。</translation>
    </message>
    <message>
        <source>Change video size</source>
        <translation>更改视频尺寸</translation>
    </message>
    <message>
        <source>&amp;Lock the crop to the video&apos;s shape</source>
        <translation>将裁剪框锁定为视频比例(&amp;L)</translation>
    </message>
    <message>
        <source>Locked, cover uses exactly the region you choose. Unlocked, any rectangle: pad, cover and stretch then fit it.</source>
        <translation>锁定时，填满模式恰好使用您选择的区域。解锁时可选任意矩形，加边、填满和拉伸会据此适配。</translation>
    </message>
    <message>
        <source>Lock crop shape</source>
        <translation>锁定裁剪比例</translation>
    </message>
    <message>
        <source>Unlock crop shape</source>
        <translation>解锁裁剪比例</translation>
    </message>
    <message>
        <source>Crop (fractions of the picture)</source>
        <translation>裁剪（占图片的比例）</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;左</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>&amp;上</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>&amp;右</translation>
    </message>
    <message>
        <source>&amp;Bottom</source>
        <translation>&amp;下</translation>
    </message>
    <message>
        <source>The crop&apos;s %1 edge as a fraction of the picture (0 to 1), the CLI&apos;s -c value.</source>
        <translation>裁剪框%1边占图片的比例（0 到 1），即命令行的 -c 值。</translation>
    </message>
    <message>
        <source>Re&amp;set crop</source>
        <translation>重置裁剪(&amp;S)</translation>
    </message>
    <message>
        <source>The largest centred crop the lock allows (also: double-click the picture).</source>
        <translation>锁定比例下允许的最大居中裁剪（也可双击图片）。</translation>
    </message>
    <message>
        <source>Pad bars and transparency</source>
        <translation>加边与透明区域</translation>
    </message>
    <message>
        <source>The colour of the bars in pad mode, and behind transparent pixels.</source>
        <translation>加边模式下边条的颜色，以及透明像素下的底色。</translation>
    </message>
    <message>
        <source>Bar colour</source>
        <translation>边条颜色</translation>
    </message>
    <message>
        <source>From &amp;edges</source>
        <translation>取自边缘(&amp;E)</translation>
    </message>
    <message>
        <source>Take the average colour along the edges of the crop, so the bars blend in.</source>
        <translation>取裁剪区域边缘的平均颜色，使边条与画面融为一体。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>WebP</source>
        <translation>WebP</translation>
    </message>
    <message>
        <source>The formats the Sora API accepts.</source>
        <translation>Sora API 接受的格式。</translation>
    </message>
    <message>
        <source>Change format</source>
        <translation>更改格式</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>JPEG and WebP quality, 1 to 100 (95 keeps nearly everything).</source>
        <translation>JPEG 和 WebP 的质量，1 到 100（95 几乎保留全部细节）。</translation>
    </message>
    <message>
        <source>Change quality</source>
        <translation>更改质量</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>质量(&amp;Q)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Write &lt;name&gt;_sora_&lt;W&gt;x&lt;H&gt; beside the picture (Ctrl+S).</source>
        <translation>在图片旁写入 &lt;名称&gt;_sora_&lt;W&gt;x&lt;H&gt;（Ctrl+S）。</translation>
    </message>
    <message>
        <source>%1 preview</source>
        <translation>%1预览</translation>
    </message>
    <message>
        <source>Pad: the whole crop, on bars of your colour. Click to export this.</source>
        <translation>加边：完整保留裁剪区域，空白处填充您选的颜色。点击导出此结果。</translation>
    </message>
    <message>
        <source>Cover: fills the frame, the crop&apos;s overflow is cut. Click to export this.</source>
        <translation>填满：铺满画面，超出部分被裁掉。点击导出此结果。</translation>
    </message>
    <message>
        <source>Stretch: fills the frame by distorting the crop. Click to export this.</source>
        <translation>拉伸：通过变形裁剪区域铺满画面。点击导出此结果。</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>选择%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export &amp;As…</source>
        <translation>导出为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Edit crop</source>
        <translation>编辑裁剪</translation>
    </message>
    <message>
        <source>Reset crop</source>
        <translation>重置裁剪</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>distorts the picture</source>
        <translation>会使图片变形</translation>
    </message>
    <message>
        <source>keeps all of the crop</source>
        <translation>保留整个裁剪区域</translation>
    </message>
    <message>
        <source>fills the frame</source>
        <translation>铺满画面</translation>
    </message>
    <message>
        <source>⚠ The chosen region is %1 × %2 px, smaller than %3: it is enlarged %L4×, so fine detail will look soft.</source>
        <translation>⚠ 所选区域为 %1 × %2 像素，小于 %3：将被放大 %L4 倍，细节会显得模糊。</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>要替换文件吗？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>%1 picture (*.%2)</source>
        <translation>%1 图片 (*.%2)</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>导出为</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>未写入：%1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 未写入：%2</translation>
    </message>
    <message>
        <source>%1 — ready for %2</source>
        <translation>%1 — 可用于 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Change bar colour</source>
        <translation>更改边条颜色</translation>
    </message>
    <message>
        <source>Take colour from edges</source>
        <translation>从边缘取色</translation>
    </message>
    <message>
        <source>Open a picture</source>
        <translation>打开图片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>sample picture</source>
        <translation>示例图片</translation>
    </message>
    <message>
        <source>%1 — FrameFit</source>
        <translation>%1 — FrameFit</translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels</source>
        <translation>%1：%2 × %3 像素</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the picture</source>
        <translation>无法打开图片</translation>
    </message>
    <message>
        <source>&amp;Picture</source>
        <translation>图片(&amp;P)</translation>
    </message>
    <message>
        <source>The job history cannot be opened: %1</source>
        <translation>无法打开任务历史：%1</translation>
    </message>
    <message>
        <source>Open a picture first.</source>
        <translation>请先打开一张图片。</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Video API…</source>
        <translation>视频 API(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Why Sora rejects images</source>
        <translation>为什么 Sora 会拒绝图片(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About FrameFit</source>
        <translation>关于 FrameFit(&amp;A)</translation>
    </message>
    <message>
        <source>One picture</source>
        <translation>单张图片</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量处理</translation>
    </message>
    <message>
        <source>Many pictures at once, each with its own crop if you like.</source>
        <translation>一次处理多张图片，如有需要可为每张单独设置裁剪。</translation>
    </message>
    <message>
        <source>%1 from the batch: crop and mode changes in &quot;One picture&quot; apply to it in the batch.</source>
        <translation>来自批处理的 %1：在“单张图片”中对裁剪和模式的更改会应用到批处理中的这张图片。</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>How far one arrow key moves or resizes the crop, in screen pixels (more on high-density screens).</source>
        <translation>按一次方向键时裁剪框移动或缩放的距离，单位为屏幕像素（高分辨率屏幕上会更大）。</translation>
    </message>
    <message>
        <source>Arrow-key step</source>
        <translation>方向键步长</translation>
    </message>
    <message>
        <source>Arrow-&amp;key step</source>
        <translation>方向键步长(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language changes the next time FrameFit starts.</source>
        <translation>语言将在下次启动 FrameFit 时更改。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Send to S&amp;ora</source>
        <translation>发送到 Sora(&amp;O)</translation>
    </message>
</context>
<context>
    <name>framefit::SubmitPanel</name>
    <message>
        <source>&amp;Submit to Sora</source>
        <translation>提交到 Sora(&amp;S)</translation>
    </message>
    <message>
        <source>Describe the video: subject, motion, camera, light…</source>
        <translation>描述视频：主体、动作、镜头、光线……</translation>
    </message>
    <message>
        <source>What should happen in the video. The picture becomes its first frame.</source>
        <translation>视频中应发生什么。这张图片会成为视频的第一帧。</translation>
    </message>
    <message>
        <source>sora-2 makes 1280x720 and 720x1280; sora-2-pro also 1792x1024 and 1024x1792. A compatible server may name other models.</source>
        <translation>sora-2 生成 1280x720 和 720x1280；sora-2-pro 还支持 1792x1024 和 1024x1792。兼容服务器可能使用其他模型名称。</translation>
    </message>
    <message>
        <source>Length of the video in seconds.</source>
        <translation>视频时长（秒）。</translation>
    </message>
    <message>
        <source>The video size chosen for the preview; the picture is sent at exactly this size.</source>
        <translation>为预览选择的视频尺寸；图片将以恰好此尺寸发送。</translation>
    </message>
    <message>
        <source>Send the prepared picture and the prompt to the video API.</source>
        <translation>将处理好的图片和提示词发送到视频 API。</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>提示词(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Length (s):</source>
        <translation>时长（秒）(&amp;L)：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Submitted as %1. Follow it in the job list.</source>
        <translation>已提交，任务为 %1。请在任务列表中跟踪进度。</translation>
    </message>
    <message>
        <source>The video API is not set up.</source>
        <translation>尚未设置视频 API。</translation>
    </message>
    <message>
        <source>Open a picture first.</source>
        <translation>请先打开一张图片。</translation>
    </message>
    <message>
        <source>Choose a model.</source>
        <translation>请选择模型。</translation>
    </message>
    <message>
        <source>%1 does not make %2 videos. Choose %3, or another size.</source>
        <translation>%1 不能生成 %2 的视频。请选择 %3，或换一个尺寸。</translation>
    </message>
    <message>
        <source>Write a prompt.</source>
        <translation>请填写提示词。</translation>
    </message>
    <message>
        <source>%1 does not make %2 videos; it would be refused. Models that do: %3.</source>
        <translation>%1 不能生成 %2 的视频，请求会被拒绝。支持的模型：%3。</translation>
    </message>
    <message>
        <source>The picture could not be prepared.</source>
        <translation>无法处理图片。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
</context>
<context>
    <name>framefit::WhySoraDialog</name>
    <message>
        <source>Why Sora rejects images</source>
        <translation>为什么 Sora 会拒绝图片</translation>
    </message>
    <message>
        <source>Sora starts the video from your reference image, so the API accepts it only when its width and height are exactly the size of the video you ask for. A picture even one pixel larger or smaller is rejected, which is why FrameFit crops, pads or stretches it to exactly that size first.</source>
        <translation>Sora 以您的参考图片作为视频的起点，因此只有当图片的宽度和高度与您请求的视频尺寸完全一致时，API 才会接受它。哪怕只大一个或小一个像素，图片也会被拒绝，所以 FrameFit 会先把它裁剪、加边或拉伸到完全一致的尺寸。</translation>
    </message>
    <message>
        <source>Video size</source>
        <translation>视频尺寸</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Pick the same size in FrameFit as in your video request, and a model that takes it.</source>
        <translation>请在 FrameFit 中选择与视频请求相同的尺寸，并选用支持该尺寸的模型。</translation>
    </message>
</context>
<context>
    <name>framefit::sora::JobTracker</name>
    <message>
        <source>The video could not be downloaded. %1</source>
        <translation>无法下载视频。%1</translation>
    </message>
    <message>
        <source>The job could not be deleted on the server. %1</source>
        <translation>无法在服务器上删除该任务。%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Prepare pictures at the exact size Sora needs.</source>
        <translation>将图片处理成 Sora 所需的精确尺寸。</translation>
    </message>
    <message>
        <source>A picture to open.</source>
        <translation>要打开的图片。</translation>
    </message>
    <message>
        <source>A Sora-compatible Videos API address for this run.</source>
        <translation>仅用于本次运行的兼容 Sora 的 Videos API 地址。</translation>
    </message>
</context>
<context>
    <name>mock-server</name>
    <message>
        <source>A local server speaking the Sora Videos API (POST/GET/DELETE /v1/videos...), bound to 127.0.0.1 only, for trying FrameFit without the internet and for tests.

Faults (--fault, repeatable; also POST /mock/faults {&quot;fault&quot;: SPEC}):
  status:CODE[@ENDPOINT][xN][,retry-after=S][,retry-after-ms=M][,message=TEXT]
  drop | hang | malformed | huge [@ENDPOINT][xN]
  reset-upload | create-then-drop | job-fails | job-stuck
ENDPOINT: create, retrieve, list, content, delete, remix, any (default any).</source>
        <translation>一个实现 Sora Videos API（POST/GET/DELETE /v1/videos...）的本地服务器，只绑定 127.0.0.1，用于在无网络时试用 FrameFit 以及测试。

故障（--fault，可重复；也可 POST /mock/faults {&quot;fault&quot;: SPEC}）：
  status:CODE[@ENDPOINT][xN][,retry-after=S][,retry-after-ms=M][,message=TEXT]
  drop | hang | malformed | huge [@ENDPOINT][xN]
  reset-upload | create-then-drop | job-fails | job-stuck
ENDPOINT：create、retrieve、list、content、delete、remix、any（默认 any）。</translation>
    </message>
    <message>
        <source>TCP port (default: chosen by the system).</source>
        <translation>TCP 端口（默认：由系统选择）。</translation>
    </message>
    <message>
        <source>The API key clients must send (default sk-mock).</source>
        <translation>客户端必须发送的 API 密钥（默认 sk-mock）。</translation>
    </message>
    <message>
        <source>Job timer period in ms (default 500).</source>
        <translation>任务计时器周期，单位毫秒（默认 500）。</translation>
    </message>
    <message>
        <source>Ticks until a job completes (default 4).</source>
        <translation>任务完成前的计时周期数（默认 4）。</translation>
    </message>
    <message>
        <source>Send openai-poll-after-ms with this value (default: not sent).</source>
        <translation>以此值发送 openai-poll-after-ms（默认：不发送）。</translation>
    </message>
    <message>
        <source>Inject a fault (see above).</source>
        <translation>注入故障（见上文）。</translation>
    </message>
    <message>
        <source>Answer /content with a redirect to a key-less asset URL.</source>
        <translation>对 /content 返回重定向，指向无需密钥的资源 URL。</translation>
    </message>
    <message>
        <source>Behave like the retired official endpoint: 404 for every /videos call.</source>
        <translation>模拟已停用的官方端点：对每个 /videos 调用都返回 404。</translation>
    </message>
    <message>
        <source>framefit-mock-server: cannot listen on 127.0.0.1 port %1</source>
        <translation>framefit-mock-server：无法在 127.0.0.1 的端口 %1 上监听</translation>
    </message>
</context>
</TS>
