<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>truncated: the file ends before the image data starts</source>
        <translation>文件不完整：图像数据开始之前文件就已结束</translation>
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
        <source>Usage: framefit-cli &lt;command&gt; [options] &lt;input&gt;...

Commands:
  convert   convert pictures to exactly a Sora video size
  check     tell whether pictures are ready to send as they are

Run framefit-cli &lt;command&gt; --help for the options of a command.
</source>
        <translation>用法：framefit-cli &lt;命令&gt; [选项] &lt;输入&gt;...

命令：
  convert   将图片转换为精确的 Sora 视频尺寸
  check     检查图片能否按原样直接发送

运行 framefit-cli &lt;命令&gt; --help 查看某个命令的选项。
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
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
    <name>framefit::MainWindow</name>
    <message>
        <source>FrameFit</source>
        <translation>FrameFit</translation>
    </message>
    <message>
        <source>FrameFit prepares pictures at the exact size Sora needs.</source>
        <translation>FrameFit 将图片处理成 Sora 所需的精确尺寸。</translation>
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
</TS>
